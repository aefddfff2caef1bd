import { describe, expect, it } from 'vitest';
import { eventually, TIKTOK_URL, useSandbox } from './test-helpers';

const { client } = useSandbox();

/** Presign + PUT, as the extension does before finalizing. */
async function uploaded(filename: string, bytes = 64, contentType = 'video/mp4'): Promise<string> {
  const target = (await client.post('/uploads/presign', { filename, content_type: contentType, size_bytes: bytes })).body;
  const res = await fetch(target.upload_url, { method: 'PUT', body: Buffer.alloc(bytes, 9), headers: target.required_headers });
  expect(res.status).toBe(200);
  return target.storage_key as string;
}

async function ingested(filename: string, extra: Record<string, unknown> = {}) {
  const storageKey = await uploaded(filename);
  const created = await client.post('/assets', { storage_key: storageKey, filename, ...extra });
  expect(created.status).toBe(201);
  await client.control(`/jobs/${created.body.job_id}/complete`);
  return created.body.asset as { id: string };
}

describe('POST /assets (finalize)', () => {
  it('creates a processing asset and an ingest job that makes it ready', async () => {
    const storageKey = await uploaded('dance.mp4');
    const created = await client.post('/assets', {
      storage_key: storageKey,
      filename: 'dance.mp4',
      title: 'Dance trend',
      source_url: TIKTOK_URL,
      metadata: { tags: ['dance'] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      asset: expect.objectContaining({
        id: expect.stringMatching(/^asset_/),
        object: 'asset',
        title: 'Dance trend',
        filename: 'dance.mp4',
        content_type: 'video/mp4',
        size_bytes: 64,
        source_url: TIKTOK_URL,
        source_type: 'tiktok',
        status: 'processing',
        thumbnail_url: null,
        media_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/__media\/asset_/),
        metadata: { visual_summary: expect.any(String), cta_present: false, tags: ['dance'] },
      }),
      job_id: expect.stringMatching(/^job_/),
    });
    const job = (await client.get(`/jobs/${created.body.job_id}`)).body;
    // Queued for 50 ms only: a slow machine may already see it running or done, never failed.
    expect(job).toMatchObject({ type: 'asset_ingest', status: expect.stringMatching(/^(queued|running|completed)$/) });

    const assetId = created.body.asset.id;
    await eventually(async () => ((await client.get(`/assets/${assetId}`)).body.status === 'ready' ? true : undefined));
    expect((await client.get(`/jobs/${job.id}/result`)).body.result).toEqual({ asset_id: assetId, status: 'ready' });

    const media = await fetch(created.body.asset.media_url);
    expect(media.headers.get('content-type')).toBe('video/mp4');
    expect((await media.arrayBuffer()).byteLength).toBe(64);
  });

  it('answers 409 for unknown and not-yet-uploaded storage keys', async () => {
    const unknown = await client.post('/assets', { storage_key: 'uploads/wks_sandbox/nope/x.mp4', filename: 'x.mp4' });
    expect(unknown.body.error.code).toBe('upload_not_found');
    const presigned = (await client.post('/uploads/presign', { filename: 'x.mp4', content_type: 'video/mp4', size_bytes: 5 })).body;
    const early = await client.post('/assets', { storage_key: presigned.storage_key, filename: 'x.mp4' });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'upload_incomplete', details: { received_bytes: 0, size_bytes: 5 } });
  });

  it('replays an idempotent finalize, and refuses a second plain one', async () => {
    const storageKey = await uploaded('a.mp4');
    const headers = { 'Idempotency-Key': 'finalize-1' };
    const first = await client.post('/assets', { storage_key: storageKey, filename: 'a.mp4' }, { headers });
    const replay = await client.post('/assets', { storage_key: storageKey, filename: 'a.mp4' }, { headers });
    expect(replay.text).toBe(first.text);
    expect(replay.status).toBe(201);
    const again = await client.post('/assets', { storage_key: storageKey, filename: 'a.mp4' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'already_finalized', details: { asset_id: first.body.asset.id } });
  });

  it('keeps a moment’s timecode and note, returns them with the asset and its page, and lists them on the state', async () => {
    const storageKey = await uploaded('Moment at 0∶07 · @luna.bakes · TikTok.png', 64, 'image/png');
    const created = await client.post('/assets', {
      storage_key: storageKey,
      filename: 'Moment at 0∶07 · @luna.bakes · TikTok.png',
      source_url: TIKTOK_URL,
      metadata: { capture_source: 'moment', timecode_seconds: 7.25, note: 'The hook lands here' },
    });
    expect(created.status).toBe(201);
    expect(created.body.asset).toMatchObject({
      source_url: TIKTOK_URL,
      app_url: expect.stringMatching(/\/library\/assets\/asset_/),
      metadata: expect.objectContaining({ timecode_seconds: 7.25, note: 'The hook lands here', capture_source: 'moment' }),
    });
    const read = (await client.get(`/assets/${created.body.asset.id}`)).body;
    expect(read.metadata).toMatchObject({ timecode_seconds: 7.25, note: 'The hook lands here' });
    const state = (await client.control('/state', undefined, 'GET')).body;
    expect(state.assets).toEqual([expect.objectContaining({ source_url: TIKTOK_URL, metadata: expect.objectContaining({ timecode_seconds: 7.25 }) })]);
  });

  it.each([
    ['a negative timecode', { timecode_seconds: -1 }],
    ['a timecode that is not a number', { timecode_seconds: '0:07' }],
    ['a note longer than 500 characters', { note: 'x'.repeat(501) }],
    ['a note that is not text', { note: 7 }],
  ])('refuses %s with 400 and creates nothing', async (_, metadata) => {
    const storageKey = await uploaded('m.png', 64, 'image/png');
    const refused = await client.post('/assets', { storage_key: storageKey, filename: 'm.png', metadata });
    expect(refused.status).toBe(400);
    expect((await client.control('/state', undefined, 'GET')).body.assets).toEqual([]);
  });

  it('answers 404 for an unknown asset id', async () => {
    expect((await client.get('/assets/asset_missing')).status).toBe(404);
  });
});

describe('GET /assets (search)', () => {
  it('lists only ingested assets, newest first, with a null score when there is no query', async () => {
    const older = await ingested('beach-sunset.mp4');
    const newer = await ingested('city-night.mp4');
    const pending = await uploaded('pending.mp4');
    await client.post('/assets', { storage_key: pending, filename: 'pending.mp4' });
    const list = (await client.get('/assets')).body;
    expect(list).toMatchObject({ object: 'list', has_more: false, next_cursor: null });
    expect(list.data.map((a: { id: string }) => a.id)).toEqual([newer.id, older.id]);
    expect(list.data[0]).toMatchObject({
      start_time_seconds: 0,
      end_time_seconds: expect.any(Number),
      metadata: { visual_summary: expect.any(String), cta_present: false },
      search: { mode: 'auto', score: null, query: null },
    });
  });

  it('finds assets by words, scores them, and pages', async () => {
    await ingested('beach-sunset.mp4');
    const city = await ingested('city-night.mp4', { title: 'City night drive' });
    await ingested('city-morning.mp4');
    const hits = (await client.get('/assets?q=city%20night')).body.data;
    expect(hits[0]).toMatchObject({ id: city.id, search: { mode: 'auto', score: 1, query: 'city night' } });
    expect(hits).toHaveLength(2);
    expect(hits[1].search.score).toBeLessThan(1);

    const page1 = (await client.get('/assets?limit=2&sort=created_at_asc')).body;
    const page2 = (await client.get(`/assets?limit=2&sort=created_at_asc&cursor=${page1.next_cursor}`)).body;
    expect(page1.has_more).toBe(true);
    expect(page2.data).toHaveLength(1);
    expect(page2.next_cursor).toBeNull();
  });

  it('filters by source type and CTA', async () => {
    await ingested('a.mp4', { source_url: TIKTOK_URL });
    await ingested('b.mp4', { metadata: { cta_present: true } });
    expect((await client.get('/assets?source_type=tiktok')).body.data).toHaveLength(1);
    expect((await client.get('/assets?cta_present=true')).body.data[0].filename).toBe('b.mp4');
  });

  it.each(['sort=random', 'search_mode=vector', 'cta_present=maybe', 'created_after=yesterday', 'limit=0'])('answers 400 for %s', async (query) => {
    expect((await client.get(`/assets?${query}`)).status).toBe(400);
  });
});
