import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { SandboxContext, SandboxEnv } from '../context';
import { verify } from '../signing';
import { storageErrorResponse } from '../storage-errors';
import type { UploadRecord } from '../store';

/**
 * The storage host that presigned URLs point at, standing in for S3/R2. No Sume auth: the
 * signed URL is the credential. Bodies are streamed to disk, never held in memory.
 */

class SizeMismatch extends Error {}

/** Counts and hashes bytes on their way to disk, stopping as soon as there are too many. */
function meter(limit: number) {
  const md5 = createHash('md5');
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > limit) return done(new SizeMismatch());
      md5.update(chunk);
      done(null, chunk);
    },
  });
  return { stream, bytes: () => bytes, etag: () => `"${md5.digest('hex')}"` };
}

/** Returns an error response, or the upload this request may write. Checks run in S3's order. */
function checkPut(c: SandboxContext, upload: UploadRecord | undefined): Response | UploadRecord {
  const fail = (status: number, code: string, message: string) => storageErrorResponse(status, code, message, c.get('requestId'));
  // A storage host never wants the Sume key; this is how tests prove the client did not leak it.
  if (c.req.header('authorization') !== undefined) {
    return fail(400, 'InvalidArgument', 'Only one auth mechanism allowed; this URL is already signed, so send no Authorization header.');
  }
  const expires = Number(c.req.query('expires'));
  const signature = c.req.query('sig') ?? '';
  if (!upload || !Number.isFinite(expires) || !signature) {
    return fail(403, 'AccessDenied', 'No presigned upload matches this URL.');
  }
  const fields = { method: 'PUT', storageKey: upload.storageKey, expires, sizeBytes: upload.sizeBytes, contentType: upload.contentType };
  if (!verify(c.get('state').secret, fields, signature)) {
    return fail(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
  }
  if (Date.now() > expires) return fail(403, 'AccessDenied', 'Request has expired');
  const contentType = c.req.header('content-type')?.trim().toLowerCase();
  if (contentType !== upload.contentType) {
    return fail(403, 'SignatureDoesNotMatch', `Content-Type must be ${upload.contentType}, as signed.`);
  }
  const length = c.req.header('content-length');
  if (length !== undefined && Number(length) !== upload.sizeBytes) {
    return fail(400, 'IncompleteBody', `Content-Length must equal the ${upload.sizeBytes} bytes declared at presign.`);
  }
  return upload;
}

async function receive(c: SandboxContext, upload: UploadRecord): Promise<Response> {
  const fail = (status: number, code: string, message: string) => storageErrorResponse(status, code, message, c.get('requestId'));
  const body = c.req.raw.body;
  if (!body) return fail(400, 'IncompleteBody', 'The request has no body.');
  await mkdir(path.dirname(upload.filePath), { recursive: true });
  // Write beside the target and rename at the end, so a failed re-PUT leaves no partial file behind.
  const partPath = `${upload.filePath}.${randomBytes(4).toString('hex')}.part`;
  const counter = meter(upload.sizeBytes);
  try {
    await pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), counter.stream, createWriteStream(partPath));
  } catch (err) {
    await rm(partPath, { force: true });
    if (err instanceof SizeMismatch) return fail(400, 'IncompleteBody', `The body is larger than the ${upload.sizeBytes} bytes declared.`);
    return fail(400, 'IncompleteBody', 'The upload was interrupted before all bytes arrived.');
  }
  if (counter.bytes() !== upload.sizeBytes) {
    await rm(partPath, { force: true });
    return fail(400, 'IncompleteBody', `Received ${counter.bytes()} bytes but ${upload.sizeBytes} were declared.`);
  }
  await rename(partPath, upload.filePath);
  const etag = counter.etag();
  Object.assign(upload, { status: 'uploaded', receivedBytes: counter.bytes(), etag });
  return new Response(null, { status: 200, headers: { ETag: etag, 'Content-Length': '0' } });
}

export function registerStorage(app: Hono<SandboxEnv>): void {
  // Like a bucket configured for browser uploads: any origin may PUT with a signed URL.
  app.use('/__storage/*', cors({ origin: '*', allowMethods: ['PUT'], allowHeaders: ['Content-Type'], exposeHeaders: ['ETag'] }));
  app.put('/__storage/*', async (c) => {
    const storageKey = c.req.path.slice('/__storage/'.length);
    const checked = checkPut(c, c.get('state').uploads.get(storageKey));
    return checked instanceof Response ? checked : receive(c, checked);
  });
}
