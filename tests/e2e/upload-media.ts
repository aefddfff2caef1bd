/**
 * Media the upload stories hand to the extension, made by the test itself (no binaries in the
 * repository, nothing downloaded): files of any size on disk, a real WebM video recorded by
 * Chromium, and the PNG facts (signature, size) the uploaded screenshots and frames are checked by.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const MB = 1024 * 1024;

/** Files for one test, in a temporary folder removed afterwards. */
export class TestFiles {
  private constructor(readonly dir: string) {}

  static async create(): Promise<TestFiles> {
    return new TestFiles(await mkdtemp(path.join(os.tmpdir(), 'sume-upload-files-')));
  }

  /** A file of exactly `sizeBytes` random bytes (random, so a misplaced chunk changes the hash). */
  async make(name: string, sizeBytes: number): Promise<{ path: string; sha256: string }> {
    const bytes = randomBytes(sizeBytes);
    const file = path.join(this.dir, name);
    await writeFile(file, bytes);
    return { path: file, sha256: sha256(bytes) };
  }

  /** A file with exactly this text (or nothing at all). */
  async text(name: string, content: string): Promise<string> {
    const file = path.join(this.dir, name);
    await writeFile(file, content);
    return file;
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's header; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error(`Not a PNG (starts with ${bytes.subarray(0, 8).toString('hex')})`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Runs in a page (Chromium's or Firefox's; self-contained, as `evaluate` sends this function alone):
 * a square moving over green, drawn on a canvas and recorded as WebM by the browser itself. Base64.
 */
export async function drawAndRecordClip({ width, height, seconds }: { width: number; height: number; seconds: number }): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm;codecs=vp8' });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => chunks.push(event.data);
  const stopped = new Promise((resolve) => (recorder.onstop = resolve));
  recorder.start(200);
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    const t = performance.now() - started;
    ctx.fillStyle = '#0b7a5a';
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#ffd400';
    ctx.fillRect((t / 8) % (width - 40), height / 3, 40, 40);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  recorder.stop();
  await stopped;
  const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * A real, playable WebM (VP8) of `seconds` of a moving square on `width`×`height`, recorded in
 * `page` from a canvas with MediaRecorder. `page` must be in front: hidden pages throttle timers.
 */
export async function recordTestVideo(page: Page, size: { width: number; height: number; seconds: number }): Promise<Buffer> {
  return Buffer.from(await page.evaluate(drawAndRecordClip, size), 'base64');
}
