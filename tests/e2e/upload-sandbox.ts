/**
 * The Asset Library side of the sandbox (tests/sandbox): the signed uploads it handed out and the
 * bytes it received, the assets it created, the request log, and short-lived upload links. Read
 * through the control API and, for an asset and its bytes, the public API as any client would.
 */
import { expect } from '@playwright/test';
import type { SandboxDriver, SandboxRequest } from './sandbox-driver';
import { sha256 } from './upload-media';

/** One signed upload as `GET /__sandbox/state` lists it. */
export interface SandboxUpload {
  filename: string;
  content_type: string;
  size_bytes: number;
  received_bytes: number;
  status: 'presigned' | 'uploaded';
  asset_id: string | null;
}

/** One asset as `GET /api/v1/assets/{id}` shows it. */
export interface SandboxAsset {
  id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  source_url: string | null;
  media_url: string;
  metadata: Record<string, unknown>;
}

export const PRESIGN = 'POST /api/v1/uploads/presign';
export const STORAGE_PUT = 'PUT /__storage/*';
export const FINALIZE = 'POST /api/v1/assets';

export class SandboxLibrary {
  constructor(private readonly sandbox: SandboxDriver) {}

  async uploads(): Promise<SandboxUpload[]> {
    return (await this.state()).uploads;
  }

  /** Ids of every asset in the sandbox, whatever its workspace. */
  async assetIds(): Promise<string[]> {
    return (await this.state()).assets.map((asset) => asset.id);
  }

  async asset(id: string): Promise<SandboxAsset> {
    return (await this.api(`/assets/${id}`).then((response) => response.json())) as SandboxAsset;
  }

  /** The bytes Sume serves for an asset (its `media_url`). */
  async media(asset: SandboxAsset): Promise<Buffer> {
    const response = await fetch(asset.media_url);
    if (!response.ok) throw new Error(`GET ${asset.media_url} answered ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }

  /** The requests the sandbox answered on `route` (e.g. `PUT /__storage/*`), oldest first. */
  async requestsTo(route: string): Promise<SandboxRequest[]> {
    return (await this.sandbox.requests()).filter((request) => request.route === route);
  }

  /** How often each of presign, PUT and finalize was called. */
  async pipelineCalls(): Promise<{ presign: number; put: number; finalize: number }> {
    const requests = await this.sandbox.requests();
    const count = (route: string) => requests.filter((request) => request.route === route).length;
    return { presign: count(PRESIGN), put: count(STORAGE_PUT), finalize: count(FINALIZE) };
  }

  /** From now on, signed upload links expire this long after they are handed out. */
  async setSignedUrlLifetime(ms: number): Promise<void> {
    const response = await fetch(`${this.sandbox.origin}/__sandbox/config`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ signedUrlTtlMs: ms }),
    });
    if (!response.ok) throw new Error(`POST /__sandbox/config answered ${response.status}: ${await response.text()}`);
  }

  private async state(): Promise<{ uploads: SandboxUpload[]; assets: { id: string }[] }> {
    return (await fetch(`${this.sandbox.origin}/__sandbox/state`).then((response) => response.json())) as {
      uploads: SandboxUpload[];
      assets: { id: string }[];
    };
  }

  private async api(path: string): Promise<Response> {
    const response = await fetch(`${this.sandbox.baseUrl}${path}`, {
      headers: { Authorization: `Bearer ${this.sandbox.demoKey}`, Accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
    return response;
  }
}

/**
 * Sume holds exactly one asset, `assetId`: one signed upload that received all `sizeBytes`, and
 * media whose bytes are the file's, hash for hash.
 */
export async function expectOneAssetOf(
  library: SandboxLibrary,
  assetId: string,
  file: { sha256: string },
  sizeBytes: number,
  contentType = 'video/mp4',
): Promise<void> {
  expect(await library.assetIds()).toEqual([assetId]);
  const [upload, ...others] = await library.uploads();
  expect(others).toEqual([]);
  expect(upload).toMatchObject({ size_bytes: sizeBytes, received_bytes: sizeBytes, status: 'uploaded', asset_id: assetId });
  const asset = await library.asset(assetId);
  expect(asset).toMatchObject({ content_type: contentType, size_bytes: sizeBytes });
  expect(sha256(await library.media(asset))).toBe(file.sha256);
}
