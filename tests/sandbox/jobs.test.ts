import { describe, expect, it } from 'vitest';
import { eventually, INSTAGRAM_URL, sleep, TIKTOK_URL, useSandbox } from './test-helpers';

const { client } = useSandbox();

async function startAnalysis(url = TIKTOK_URL): Promise<string> {
  return (await client.post('/reference-analysis', { url })).body.job_id as string;
}

describe('the job clock', () => {
  it('moves forward on request, so a test advances time instead of sleeping', async () => {
    await client.control('/config', { queuedMs: 60_000, runningMs: 600_000 });
    const jobId = await startAnalysis();
    expect((await client.get(`/jobs/${jobId}`)).body.status).toBe('queued');
    await client.control('/clock', { advanceMs: 61_000 });
    expect((await client.get(`/jobs/${jobId}`)).body.status).toBe('running');
    await client.control('/clock', { advanceMs: 600_000 });
    expect((await client.get(`/jobs/${jobId}`)).body.status).toBe('completed');
    expect((await client.get(`/jobs/${jobId}/result`)).status).toBe(200);
  });
});

describe('job lifecycle on the real clock', () => {
  it('moves queued → running → completed and only then serves the result', async () => {
    // Windows of seconds, not the file's milliseconds: a loaded 2-core CI machine still sees each
    // state (a request there can take a few hundred ms).
    await client.control('/config', { queuedMs: 1_500, runningMs: 3_000 });
    const jobId = await startAnalysis();
    const early = await client.get(`/jobs/${jobId}/result`);
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'job_not_completed', details: { status: 'queued' } });

    await eventually(async () => ((await client.get(`/jobs/${jobId}`)).body.status === 'running' ? true : undefined), 10_000);
    const done = await eventually(async () => {
      const job = (await client.get(`/jobs/${jobId}`)).body;
      return job.status === 'completed' ? job : undefined;
    }, 10_000);
    expect(Date.parse(done.updated_at)).toBeGreaterThan(Date.parse(done.created_at));

    const result = await client.get(`/jobs/${jobId}/result`);
    expect(result.status).toBe(200);
    expect(result.body.job.id).toBe(jobId);
    expect(result.body.result).toMatchObject({
      summary: expect.any(String),
      hook: { text: expect.any(String), start_seconds: 0, end_seconds: expect.any(Number) },
      scenes: expect.arrayContaining([expect.objectContaining({ shot_type: expect.any(String) })]),
      transcript: expect.any(Array),
      on_screen_text: expect.any(Array),
      cta: { text: expect.any(String), type: expect.any(String) },
      format: expect.any(String),
      pacing: { cuts_per_minute: expect.any(Number) },
      audio: { type: expect.any(String), track: expect.any(String) },
    });
    expect((await client.get('/credits')).body.active_generations).toBe(0);
  });

  it('gives the same URL the same analysis and different URLs different ones', async () => {
    const ids = [await startAnalysis(TIKTOK_URL), await startAnalysis(TIKTOK_URL), await startAnalysis(INSTAGRAM_URL)];
    for (const id of ids) await client.control(`/jobs/${id}/complete`);
    const [a, b, c] = await Promise.all(ids.map(async (id) => (await client.get(`/jobs/${id}/result`)).body.result));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('lets tests complete a job with a chosen (hostile) result, or queue the next one', async () => {
    const hostile = { summary: '<img src=x onerror=alert(1)>', hook: null, extra: { nested: [1, 2] } };
    const first = await startAnalysis();
    await client.control(`/jobs/${first}/complete`, { result: hostile });
    expect((await client.get(`/jobs/${first}/result`)).body.result).toEqual(hostile);

    await client.control('/next-result', { result: { summary: 'queued payload' } });
    const second = await startAnalysis();
    const result = await eventually(async () => {
      const reply = await client.get(`/jobs/${second}/result`);
      return reply.status === 200 ? reply.body.result : undefined;
    });
    expect(result).toEqual({ summary: 'queued payload' });
  });

  it('reports failed jobs with a cleaned error, and 409 on their result', async () => {
    const jobId = await startAnalysis();
    await client.control(`/jobs/${jobId}/fail`, { code: 'private_video', message: 'The video is private.' });
    const job = (await client.get(`/jobs/${jobId}`)).body;
    expect(job).toMatchObject({ status: 'failed', error: { code: 'private_video', message: 'The video is private.' } });
    await sleep(200);
    expect((await client.get(`/jobs/${jobId}`)).body.status).toBe('failed');
    const result = await client.get(`/jobs/${jobId}/result`);
    expect(result.status).toBe(409);
    expect(result.body.error.details.status).toBe('failed');
  });

  it('answers 404 for unknown job ids', async () => {
    const reply = await client.get('/jobs/job_doesnotexist');
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('not_found');
  });
});

describe('GET /jobs', () => {
  it('lists newest first and pages with an opaque cursor', async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i += 1) created.push(await startAnalysis());
    const newestFirst = [...created].reverse();

    const first = (await client.get('/jobs?limit=2')).body;
    expect(first).toMatchObject({ object: 'list', has_more: true });
    expect(first.data.map((j: { id: string }) => j.id)).toEqual(newestFirst.slice(0, 2));

    // A job created between pages must not shift what the next page holds.
    await startAnalysis();
    const second = (await client.get(`/jobs?limit=2&cursor=${first.next_cursor}`)).body;
    expect(second.data.map((j: { id: string }) => j.id)).toEqual(newestFirst.slice(2, 4));
    const third = (await client.get(`/jobs?limit=2&cursor=${second.next_cursor}`)).body;
    expect(third.data.map((j: { id: string }) => j.id)).toEqual(newestFirst.slice(4));
    expect(third).toMatchObject({ has_more: false, next_cursor: null });
  });

  it('filters by status and type', async () => {
    const done = await startAnalysis();
    await startAnalysis();
    await client.control(`/jobs/${done}/complete`);
    const completed = (await client.get('/jobs?status=completed')).body.data;
    expect(completed.map((j: { id: string }) => j.id)).toEqual([done]);
    expect((await client.get('/jobs?type=asset_ingest')).body.data).toEqual([]);
    expect((await client.get('/jobs?type=reference_analysis')).body.data).toHaveLength(2);
  });

  it.each(['0', '101', 'abc', '2.5'])('answers 400 for limit=%s', async (limit) => {
    const reply = await client.get(`/jobs?limit=${limit}`);
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('invalid_request');
  });

  it.each(['cursor=garbage!', 'status=done', 'type=video'])('answers 400 for %s', async (query) => {
    expect((await client.get(`/jobs?${query}`)).status).toBe(400);
  });
});
