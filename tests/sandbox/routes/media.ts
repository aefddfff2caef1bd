import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Hono } from 'hono';
import type { SandboxEnv } from '../context';
import { envelope } from '../errors';

/**
 * Serves uploaded bytes at an asset's `media_url`, standing in for Sume's media CDN, so a
 * client that previews an asset gets real bytes back. Unguessable ids are the only guard,
 * as with a private CDN link.
 */
export function registerMedia(app: Hono<SandboxEnv>): void {
  app.get('/__media/:assetId/:filename', (c) => {
    const state = c.get('state');
    const asset = state.assets.get(c.req.param('assetId'));
    const upload = asset ? state.uploads.get(asset.storageKey) : undefined;
    if (!asset || !upload || upload.status !== 'uploaded') {
      return c.json(envelope(c.get('requestId'), 'not_found', 'No such media.', null), 404);
    }
    const stream = Readable.toWeb(createReadStream(upload.filePath)) as ReadableStream<Uint8Array>;
    return new Response(stream, {
      headers: { 'Content-Type': asset.contentType, 'Content-Length': String(asset.sizeBytes) },
    });
  });
}
