/**
 * The background's Asset Library search against the sandbox started in this process, through a
 * real client: what reaches Sume per query, the cache, cancelling an older query, pages, errors.
 */
import { describe, expect, it } from 'vitest';
import { createSumeClient } from '../api/client';
import { useSandbox } from '@/tests/sandbox/test-helpers';
import { CACHE_MS, createAssetSearch, PAGE_SIZE } from './register-asset-search';

const { sandbox, client: api } = useSandbox();

/** An asset in the library, as an upload makes one (presign, PUT, finalize, ingest done). */
async function seed(title: string, summary: string): Promise<void> {
  const presign = (await api.post('/uploads/presign', { filename: `${title}.mp4`, content_type: 'video/mp4', size_bytes: 8 })).body;
  await fetch(presign.upload_url, { method: 'PUT', body: Buffer.alloc(8, 1), headers: presign.required_headers });
  const created = (await api.post('/assets', { storage_key: presign.storage_key, filename: `${title}.mp4`, title, metadata: { visual_summary: summary } }))
    .body;
  await api.control(`/jobs/${created.job_id}/complete`);
}

const searches = async () =>
  ((await api.control('/state', undefined, 'GET')).body as { requests: { byRoute: Record<string, number> } }).requests.byRoute['GET /api/v1/assets'] ?? 0;

function searcher(clock = { now: 0 }) {
  const client = async () =>
    createSumeClient({ baseUrl: sandbox().baseUrl, getApiKey: () => sandbox().demoKey, fetch: (input, init) => fetch(input, init), retry: { attempts: 1 } });
  return createAssetSearch({ client, now: () => clock.now });
}

describe('createAssetSearch', () => {
  it('asks Sume once per query, answers with scenes and scores, and keeps answers a while', async () => {
    await seed('Croissant hook', 'Hands fold butter into dough');
    await seed('Standing desk', 'A person types at a desk');
    const clock = { now: 0 };
    const search = searcher(clock);
    const answer = await search.search({ q: '  butter dough ', box: 'a' });
    expect(answer).toMatchObject({ ok: true, query: 'butter dough', nextCursor: null });
    if (!answer.ok) throw new Error('no answer');
    expect(answer.hits.map((hit) => hit.title)).toEqual(['Croissant hook']);
    expect(answer.hits[0]).toMatchObject({ summary: 'Hands fold butter into dough', score: 1, appUrl: expect.stringMatching(/\/library\/assets\/asset_/) });
    expect(await searches()).toBe(1);

    await search.search({ q: 'butter dough', box: 'b' });
    expect(await searches(), 'the same query again, from the cache').toBe(1);
    clock.now = CACHE_MS + 1;
    await search.search({ q: 'butter dough', box: 'a' });
    expect(await searches(), 'after a minute, asked again').toBe(2);
    search.forget();
    await search.search({ q: 'butter dough', box: 'a' });
    expect(await searches(), 'after the key changed, asked again').toBe(3);
  });

  it('pages with the cursor Sume gave', async () => {
    for (let i = 0; i < PAGE_SIZE + 3; i++) await seed(`Hook ${i}`, 'a hook that works');
    const search = searcher();
    const first = await search.search({ q: 'hook', box: 'a' });
    if (!first.ok || !first.nextCursor) throw new Error('expected a second page');
    expect(first.hits).toHaveLength(PAGE_SIZE);
    const second = await search.search({ q: 'hook', cursor: first.nextCursor, box: 'a' });
    expect(second).toMatchObject({ ok: true, nextCursor: null });
    if (!second.ok) throw new Error('no second page');
    expect(second.hits).toHaveLength(3);
    expect(new Set([...first.hits, ...second.hits].map((hit) => hit.id)).size).toBe(PAGE_SIZE + 3);
  });

  it('a newer query from the same box cancels the older one on its way; another box’s is left alone', async () => {
    await api.control('/faults', { method: 'GET', path: '/api/v1/assets', delayMs: 1_000, times: 2 });
    const search = searcher();
    const older = search.search({ q: 'first', box: 'a' });
    const otherBox = search.search({ q: 'other', box: 'b' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const newer = await search.search({ q: 'second', box: 'a' });
    expect(newer).toMatchObject({ ok: true, query: 'second' });
    expect(await older).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(await otherBox).toMatchObject({ ok: true, query: 'other' });
  });

  it('says what Sume said, with its request id, for 401, 429 and 500; and asks for a key without one', async () => {
    const search = searcher();
    for (const [status, code] of [
      [401, 'unauthorized'],
      [429, 'rate_limit_exceeded'],
      [500, 'internal_error'],
    ] as const) {
      await api.control('/faults', { method: 'GET', path: '/api/v1/assets', status, code, times: 1 });
      const answer = await search.search({ q: `query ${status}`, box: 'a' });
      expect(answer).toMatchObject({ ok: false, error: { status, code, requestId: expect.stringMatching(/^req_/) } });
    }
    const keyless = createAssetSearch({ client: async () => null });
    expect(await keyless.search({ q: 'x', box: 'a' })).toMatchObject({ ok: false, error: { code: 'no_api_key' } });
  });
});
