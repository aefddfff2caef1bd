import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sleep, useSandbox } from './test-helpers';

const { sandbox, client } = useSandbox();

interface Presigned {
  upload_url: string;
  storage_key: string;
  required_headers: Record<string, string>;
}

async function presign(size: number, contentType = 'video/mp4', filename = 'clip.mp4'): Promise<Presigned> {
  const reply = await client.post('/uploads/presign', { filename, content_type: contentType, size_bytes: size });
  expect(reply.status).toBe(200);
  return reply.body as Presigned;
}

async function put(url: string, body: BodyInit, headers: Record<string, string>) {
  const res = await fetch(url, { method: 'PUT', body, headers, duplex: 'half' } as RequestInit);
  return { status: res.status, text: await res.text(), etag: res.headers.get('etag') };
}

/** A chunked body (no Content-Length), so only the server's byte count can catch a short upload. */
function chunked(bytes: number): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes).fill(7));
      controller.close();
    },
  });
}

async function storedFiles(): Promise<string[]> {
  const root = path.join(sandbox().state.options.dataDir, 'storage');
  return (await readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe('POST /uploads/presign', () => {
  it('signs a PUT with the headers to send and a sanitized object key', async () => {
    const reply = await client.post('/uploads/presign', { filename: '../My Clip (1).mp4', content_type: 'video/mp4', size_bytes: 1234 });
    expect(reply.body).toEqual({
      upload_url: expect.stringMatching(/\/__storage\/uploads\/wks_sandbox\/[0-9a-f]+\/My_Clip_1_\.mp4\?expires=\d+&sig=[0-9a-f]{64}$/),
      method: 'PUT',
      required_headers: { 'Content-Type': 'video/mp4' },
      storage_key: expect.stringMatching(/^uploads\/wks_sandbox\/[0-9a-f]+\/My_Clip_1_\.mp4$/),
      expires_at: expect.any(String),
      max_size_bytes: 2 * 1024 ** 3,
    });
  });

  it.each([
    ['a type that is not allowed', { content_type: 'application/pdf', size_bytes: 10 }, 'unsupported_media_type'],
    ['a file over the limit', { content_type: 'video/mp4', size_bytes: 2 * 1024 ** 3 + 1 }, 'file_too_large'],
    ['an empty file', { content_type: 'image/png', size_bytes: 0 }, 'invalid_request'],
  ])('refuses %s with 422 and the limits', async (_name, fields, code) => {
    const reply = await client.post('/uploads/presign', { filename: 'f', ...fields });
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe(code);
    expect(reply.body.error.details).toEqual({ allowed_types: expect.arrayContaining(['video/mp4', 'image/webp']), max_size_bytes: 2 * 1024 ** 3 });
  });

  it('follows a configured size limit and answers 400 for missing fields', async () => {
    await client.control('/config', { maxUploadBytes: 100 });
    const reply = await client.post('/uploads/presign', { filename: 'f.png', content_type: 'image/png', size_bytes: 101 });
    expect(reply.body.error).toMatchObject({ code: 'file_too_large', details: { max_size_bytes: 100 } });
    expect((await client.post('/uploads/presign', { filename: 'f.png' })).status).toBe(400);
  });
});

describe('PUT to the signed URL', () => {
  it('streams a multi-megabyte body to disk and returns an ETag', async () => {
    const size = 8 * 1024 * 1024 + 3;
    const bytes = Buffer.alloc(size, 0xab);
    const target = await presign(size);
    const reply = await put(target.upload_url, bytes, target.required_headers);
    expect(reply.status).toBe(200);
    expect(reply.etag).toBe(`"${createHash('md5').update(bytes).digest('hex')}"`);
    const upload = sandbox().state.uploads.get(target.storage_key);
    expect(upload).toMatchObject({ status: 'uploaded', receivedBytes: size });
    expect((await stat(upload?.filePath ?? '')).size).toBe(size);
    const state = (await client.control('/state', undefined, 'GET')).body;
    expect(state.uploads[0]).toMatchObject({ storage_key: target.storage_key, received_bytes: size, status: 'uploaded' });
    expect(JSON.stringify(state)).not.toContain('sig=');
  });

  it('accepts a chunked body of the right size, and a re-PUT overwrites', async () => {
    const target = await presign(10, 'image/png', 'a.png');
    expect((await put(target.upload_url, chunked(10), target.required_headers)).status).toBe(200);
    expect((await put(target.upload_url, Buffer.alloc(10, 1), target.required_headers)).status).toBe(200);
    const upload = sandbox().state.uploads.get(target.storage_key);
    expect(await readFile(upload?.filePath ?? '')).toEqual(Buffer.alloc(10, 1));
  });

  it('refuses the Sume Authorization header: a storage host must never see the key', async () => {
    const target = await presign(5);
    const reply = await put(target.upload_url, 'hello', { ...target.required_headers, Authorization: `Bearer ${sandbox().demoKey}` });
    expect(reply.status).toBe(400);
    expect(reply.text).toContain('<Code>InvalidArgument</Code>');
  });

  it.each([
    ['a changed hex digit', (url: string) => url.replace(/sig=([0-9a-f])/, (_m, c: string) => `sig=${c === '0' ? '1' : '0'}`)],
    ['trailing junk', (url: string) => `${url}zz`],
    ['a changed expiry', (url: string) => url.replace(/expires=(\d+)/, (_m, e: string) => `expires=${Number(e) + 60_000}`)],
  ])('refuses a signature with %s', async (_name, tamper) => {
    const target = await presign(5);
    const reply = await put(tamper(target.upload_url), 'hello', target.required_headers);
    expect(reply.status).toBe(403);
    expect(reply.text).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  it('refuses an expired URL', async () => {
    await client.control('/config', { signedUrlTtlMs: 1 });
    const target = await presign(5);
    await sleep(10);
    const reply = await put(target.upload_url, 'hello', target.required_headers);
    expect(reply.status).toBe(403);
    expect(reply.text).toContain('Request has expired');
  });

  it('refuses a content type other than the signed one', async () => {
    const target = await presign(5);
    const reply = await put(target.upload_url, 'hello', { 'Content-Type': 'video/webm' });
    expect(reply.status).toBe(403);
  });

  it.each([
    ['a Content-Length that differs from the declared size', () => Buffer.alloc(11)],
    ['a chunked body that is too short', () => chunked(5)],
    ['a chunked body that is too long', () => chunked(20)],
  ])('refuses %s with 400 and keeps no partial file', async (_name, body) => {
    const target = await presign(10);
    const reply = await put(target.upload_url, body(), target.required_headers);
    expect(reply.status).toBe(400);
    expect(reply.text).toContain('<Code>IncompleteBody</Code>');
    expect(sandbox().state.uploads.get(target.storage_key)?.status).toBe('presigned');
    expect(await storedFiles()).toEqual([]);
  });

  it('keeps signatures and object keys out of the request log', async () => {
    const target = await presign(5);
    await put(target.upload_url, 'hello', target.required_headers);
    const log = JSON.stringify((await client.control('/requests', undefined, 'GET')).body);
    expect(log).toContain('PUT /__storage/*');
    expect(log).not.toContain('sig=');
    expect(log).not.toContain(target.storage_key);
    expect(log).not.toContain(sandbox().demoKey);
  });
});
