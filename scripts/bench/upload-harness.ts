/**
 * What the upload sections share: the production build made able to reach the local sandbox, a
 * connected browser, one upload driven as a person does it (a file chosen on the Uploads tab), the
 * sandbox's own clock for when the bytes moved, and the browser's memory read from /proc.
 *
 * The production build has no loopback host permission (wxt.config.ts keeps it out of store
 * builds), so a private copy gets `http://127.0.0.1/*` added to its manifest — exactly what the e2e
 * build adds — and nothing else: the code measured is the code that ships.
 */
import { closeSync, cpSync, ftruncateSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../../tests/sandbox/server';
import { OptionsPage } from '../../tests/e2e/pages/options-page';
import { UploadsPanel } from '../../tests/e2e/pages/uploads-panel';
import { UploadLedger } from '../../tests/e2e/upload-ledger';
import { launchChromium, type BenchBrowser } from './browser';

export const MB = 1024 * 1024;

/** A copy of `extensionDir` that may reach the sandbox on loopback; `remove()` deletes it. */
export function sandboxReachableCopy(extensionDir: string): { dir: string; remove: () => void } {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'sume-bench-upload-build-'));
  const dir = path.join(parent, 'chrome-mv3');
  cpSync(extensionDir, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

/** A sparse file of `sizeBytes` zeros: instant to make, and read from the page cache by every uploader alike. */
export function makeFile(dir: string, name: string, sizeBytes: number): string {
  const file = path.join(dir, name);
  const fd = openSync(file, 'w');
  try {
    ftruncateSync(fd, sizeBytes);
  } finally {
    closeSync(fd);
  }
  return file;
}

export interface ConnectedBrowser {
  browser: BenchBrowser;
  sandbox: Sandbox;
  extensionId: string;
  /** The captures page on its Uploads tab, where files are chosen. */
  uploads: UploadsPanel;
  ledger: UploadLedger;
  /** `--load-extension=<dir>`: found on the browser process's command line, it tells this browser's processes apart. */
  marker: string;
  close(): Promise<void>;
}

/** A fresh sandbox and a browser with the extension, connected with the demo key, on the Uploads tab. */
export async function launchConnected(extensionDir: string): Promise<ConnectedBrowser> {
  const sandbox = await startSandbox({ port: 0 });
  const browser = await launchChromium(extensionDir);
  const worker = browser.context.serviceWorkers()[0]!;
  const extensionId = new URL(worker.url()).host;
  const options = await OptionsPage.open(await browser.context.newPage(), extensionId);
  await options.connect(sandbox.baseUrl, sandbox.demoKey);
  await options.result.waitFor({ timeout: 15_000 });
  await options.page.close();
  const uploads = await UploadsPanel.openCapturesTab(browser.context.pages()[0] ?? (await browser.context.newPage()), extensionId);
  return {
    browser,
    sandbox,
    extensionId,
    uploads,
    ledger: new UploadLedger(uploads.page),
    marker: `--load-extension=${extensionDir}`,
    async close() {
      await browser.close();
      await sandbox.close();
    },
  };
}

export interface UploadTimes {
  /** File chosen → the asset exists (keeping the file, presign, PUT, finalize). */
  endToEndMs: number;
  /** Presign answered → storage received the last byte, on the sandbox's clock. */
  putMs: number;
}

/** Uploads `file` (`sizeBytes`) through the Uploads tab and waits until Sume has the asset. */
export async function uploadThroughExtension(connected: ConnectedBrowser, file: string, sizeBytes: number, timeoutMs: number): Promise<UploadTimes> {
  const { uploads, ledger, sandbox } = connected;
  const logBefore = (await sandboxRequests(sandbox)).length;
  const started = performance.now();
  await uploads.chooseFiles([file]);
  const name = path.basename(file);
  for (;;) {
    const upload = (await ledger.uploads()).find((candidate) => candidate.filename === name);
    if (upload?.status === 'done') break;
    if (upload?.status === 'failed') throw new Error(`The upload of ${name} failed: ${upload.error?.message}`);
    if (performance.now() - started > timeoutMs)
      throw new Error(
        `The upload of ${name} did not finish within ${timeoutMs} ms (last: ${upload?.step}/${upload?.status}, ${upload?.bytesSent} of ${sizeBytes} bytes)`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const endToEndMs = performance.now() - started;
  const log = (await sandboxRequests(sandbox)).slice(logBefore);
  const presignedAt = log.findLast((entry) => entry.route === 'POST /api/v1/uploads/presign')?.at;
  const putAt = log.findLast((entry) => entry.route === 'PUT /__storage/*' && entry.status === 200)?.at;
  if (!presignedAt || !putAt) throw new Error('The sandbox did not log the presign and the PUT.');
  return { endToEndMs, putMs: Date.parse(putAt) - Date.parse(presignedAt) };
}

async function sandboxRequests(sandbox: Sandbox): Promise<{ route: string; status: number; at: string }[]> {
  return (await (await fetch(`${sandbox.origin}/__sandbox/requests`)).json()) as { route: string; status: number; at: string }[];
}

/** A signed upload URL for a file, asked for with the demo key as any API client would. */
export async function presign(
  sandbox: Sandbox,
  filename: string,
  contentType: string,
  sizeBytes: number,
): Promise<{ url: string; headers: Record<string, string> }> {
  const response = await fetch(`${sandbox.baseUrl}/uploads/presign`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${sandbox.demoKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ filename, content_type: contentType, size_bytes: sizeBytes }),
  });
  if (!response.ok) throw new Error(`Presign answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { upload_url: string; required_headers: Record<string, string> };
  return { url: body.upload_url, headers: body.required_headers };
}

/** Every process of the browser whose command line holds `marker`: the browser process and all its descendants. */
export function browserProcesses(marker: string): number[] {
  const parents = new Map<number, number>();
  const marked = new Set<number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      // The parent pid is the 2nd field after the parenthesised command name (which may hold spaces).
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(marker)) marked.add(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  // The browser process is the marked one whose parent is not marked (children may inherit flags).
  const root = [...marked].find((pid) => !marked.has(parents.get(pid) ?? -1));
  if (root === undefined) return [];
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  return tree;
}

/** Sum of the resident set sizes of `pids`, in bytes (shared pages count once per process). */
export function residentBytes(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += Number(match?.[1] ?? 0) * 1024;
    } catch {
      // Ended meanwhile: it holds no memory any more.
    }
  }
  return total;
}

/** Reads the browser's resident memory every `everyMs` until stopped; the process list is refreshed each second. */
export function sampleMemory(marker: string, everyMs = 100): { stop: () => number[] } {
  const samples: number[] = [];
  let pids = browserProcesses(marker);
  let lastListed = performance.now();
  const timer = setInterval(() => {
    if (performance.now() - lastListed > 1_000) {
      pids = browserProcesses(marker);
      lastListed = performance.now();
    }
    samples.push(residentBytes(pids));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

export const toMB = (bytes: number) => bytes / MB;
