import { mkdtempSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from './app';
import { DEFAULT_OPTIONS, type SandboxOptions } from './options';
import { createState, type SandboxState } from './store';

export type { RateLimitConfig, SandboxOptions } from './options';
export { DEFAULT_DEMO_KEY, OTHER_WORKSPACE_KEY, READONLY_KEY } from './options';
export type { SandboxState } from './store';

export interface Sandbox {
  /** e.g. http://127.0.0.1:8787 */
  origin: string;
  /** origin + '/api/v1' */
  baseUrl: string;
  demoKey: string;
  port: number;
  close(): Promise<void>;
  /** Live state, for assertions the control API does not cover. */
  state: SandboxState;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startSandbox(overrides: Partial<SandboxOptions> = {}): Promise<Sandbox> {
  const ownsDataDir = overrides.dataDir === undefined;
  const dataDir = overrides.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'sume-sandbox-'));
  await mkdir(dataDir, { recursive: true });
  const options: SandboxOptions = { ...DEFAULT_OPTIONS, ...overrides, dataDir };
  const state = createState(options);
  const app = createApp(state);
  // overrideGlobalObjects: false — the sandbox runs inside test processes and must not
  // swap their global Request/Response for the adapter's lightweight ones.
  const server = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false }) as Server;
  const port = await listen(server, options.port, options.host);
  const hostInUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  const origin = `http://${hostInUrl}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Keep-alive sockets would otherwise hold close() open until they time out.
      server.closeAllConnections();
    }).then(() => (ownsDataDir ? rm(dataDir, { recursive: true, force: true }) : undefined));
    return closing;
  };

  return { origin, baseUrl: `${origin}/api/v1`, demoKey: options.demoKey, port, close, state };
}
