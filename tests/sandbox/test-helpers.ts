import { afterAll, afterEach, beforeAll } from 'vitest';
import { startSandbox, type Sandbox, type SandboxOptions } from './server';

/** Shared test plumbing: one sandbox per test file on a random port, reset between tests. */

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface CallOptions {
  key?: string | null;
  headers?: Record<string, string>;
}

async function toReply(res: Response): Promise<Reply> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: tests look at `text`.
  }
  return { status: res.status, headers: res.headers, body, text };
}

export function clientFor(sandbox: () => Sandbox) {
  const headersFor = (options: CallOptions = {}, json = false): Record<string, string> => {
    const key = options.key === undefined ? sandbox().demoKey : options.key;
    return {
      ...(key === null ? {} : { Authorization: `Bearer ${key}` }),
      ...(json ? { 'Content-Type': 'application/json' } : {}),
      ...options.headers,
    };
  };
  return {
    get: async (path: string, options?: CallOptions) => toReply(await fetch(`${sandbox().baseUrl}${path}`, { headers: headersFor(options) })),
    post: async (path: string, body: unknown, options?: CallOptions) =>
      toReply(
        await fetch(`${sandbox().baseUrl}${path}`, {
          method: 'POST',
          headers: headersFor(options, true),
          body: JSON.stringify(body),
        }),
      ),
    raw: async (path: string, init: RequestInit) => toReply(await fetch(`${sandbox().origin}${path}`, init)),
    control: async (path: string, body?: unknown, method = 'POST') =>
      toReply(
        await fetch(`${sandbox().origin}/__sandbox${path}`, {
          method,
          ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
        }),
      ),
  };
}

export type Client = ReturnType<typeof clientFor>;

/** Starts one fast-clocked sandbox for the file and resets it after every test. */
export function useSandbox(options: Partial<SandboxOptions> = {}): { sandbox: () => Sandbox; client: Client } {
  let current: Sandbox | undefined;
  const sandbox = () => {
    if (!current) throw new Error('sandbox not started');
    return current;
  };
  beforeAll(async () => {
    current = await startSandbox({ port: 0, queuedMs: 50, runningMs: 100, ...options });
  });
  afterEach(async () => {
    await fetch(`${sandbox().origin}/__sandbox/reset`, { method: 'POST' });
  });
  afterAll(async () => {
    await current?.close();
  });
  return { sandbox, client: clientFor(sandbox) };
}

export const TIKTOK_URL = 'https://www.tiktok.com/@sume.demo/video/7301234567890123456';
export const INSTAGRAM_URL = 'https://www.instagram.com/reel/C1a2B3c4D5e/';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns a value, like a client waiting on a job. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(25);
  }
}
