import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Hono } from 'hono';
import { z } from 'zod';
import { requireScope } from '../auth';
import { originOf, type SandboxEnv } from '../context';
import { ApiError } from '../errors';
import { idempotent } from '../idempotency';
import { readJson } from '../json-body';
import { sign } from '../signing';
import { iso } from '../store';

export const ALLOWED_UPLOAD_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'video/mp4', 'video/webm', 'video/quicktime'] as const;

const bodySchema = z.object({
  filename: z.string().min(1).max(255),
  content_type: z.string().min(1).max(255),
  size_bytes: z.number(),
  purpose: z.string().max(64).nullish(),
});

/** Object keys keep a readable file name but nothing that could climb out of the folder. */
export function sanitizeFilename(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(-100);
  return cleaned || 'file';
}

export function storagePathOf(dataDir: string, storageKey: string): string {
  return path.join(dataDir, 'storage', ...storageKey.split('/'));
}

export function registerUploads(api: Hono<SandboxEnv>): void {
  api.post('/uploads/presign', async (c) => {
    requireScope(c, 'uploads:write');
    const { raw, data } = await readJson(c, bodySchema);
    return idempotent(c, raw, () => {
      const state = c.get('state');
      const maxSize = state.config.maxUploadBytes;
      const limits = { allowed_types: [...ALLOWED_UPLOAD_TYPES], max_size_bytes: maxSize };
      const contentType = data.content_type.trim().toLowerCase();
      if (!(ALLOWED_UPLOAD_TYPES as readonly string[]).includes(contentType)) {
        throw new ApiError(422, 'unsupported_media_type', `Files of type ${contentType} cannot be uploaded.`, limits);
      }
      if (!Number.isInteger(data.size_bytes) || data.size_bytes < 1) {
        throw new ApiError(422, 'invalid_request', 'size_bytes must be a whole number of bytes, at least 1.', limits);
      }
      if (data.size_bytes > maxSize) {
        throw new ApiError(422, 'file_too_large', `The file is larger than the ${maxSize}-byte upload limit.`, limits);
      }

      const { workspace } = c.get('auth');
      const storageKey = `uploads/${workspace.id}/${randomBytes(12).toString('hex')}/${sanitizeFilename(data.filename)}`;
      const expires = Date.now() + state.config.signedUrlTtlMs;
      const signature = sign(state.secret, { method: 'PUT', storageKey, expires, sizeBytes: data.size_bytes, contentType });
      state.uploads.set(storageKey, {
        storageKey,
        workspaceId: workspace.id,
        filename: data.filename,
        contentType,
        sizeBytes: data.size_bytes,
        receivedBytes: 0,
        purpose: data.purpose ?? null,
        status: 'presigned',
        expiresAt: expires,
        filePath: storagePathOf(state.options.dataDir, storageKey),
        etag: null,
        assetId: null,
      });
      return {
        status: 200,
        body: {
          upload_url: `${originOf(c)}/__storage/${storageKey}?expires=${expires}&sig=${signature}`,
          method: 'PUT',
          required_headers: { 'Content-Type': contentType },
          storage_key: storageKey,
          expires_at: iso(expires),
          max_size_bytes: maxSize,
        },
      };
    });
  });
}
