/**
 * The test's handle on one sandbox (tests/sandbox): what a Sume account looks like from the
 * API, and the control API (`/__sandbox/*`) that changes the world under the extension.
 */
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/server';
import type { RequestLogEntry } from '../sandbox/store';

/** What the extension should show for a key, read straight from the API as any client would. */
export interface ExpectedAccount {
  userName: string;
  workspaceName: string;
  remainingCredits: number;
}

export interface Fault {
  path: string;
  method?: string;
  times?: number;
  status?: number;
  /** The error envelope's code (the status's usual one unless given). */
  code?: string;
  drop?: boolean;
  malformed?: boolean;
  delayMs?: number;
  retryAfter?: number;
  /** Answer with a redirect (307 unless `status` says otherwise) to this path or URL. */
  redirectTo?: string;
}

/** One job as `GET /__sandbox/state` lists it. */
export interface SandboxJob {
  id: string;
  type: string;
  status: string;
  workspace_id: string;
  source_url: string | null;
  created_at: string;
  updated_at: string;
  idempotency_key?: string;
}

/** The parts of `GET /__sandbox/state` the browser tests assert on. */
export interface SandboxSnapshot {
  credits: { remaining: number };
  config: { queuedMs: number; runningMs: number; requiredCredits: number };
  jobs: SandboxJob[];
  requests: { total: number; byRoute: Record<string, number> };
  pending_faults: number;
}

/** One entry of `GET /__sandbox/requests` (status 0 when the connection was dropped on purpose). */
export type SandboxRequest = RequestLogEntry;

/** The job clocks and prices the control API may change while the sandbox runs. */
export type SandboxConfigChange = Partial<Pick<SandboxOptions, 'queuedMs' | 'runningMs' | 'requiredCredits'>>;

export class SandboxDriver {
  private constructor(
    private sandbox: Sandbox,
    private readonly options: Partial<SandboxOptions> = {},
  ) {}

  /** `options` (e.g. short job clocks) also apply after `restart()`. */
  static async start(options: Partial<SandboxOptions> = {}): Promise<SandboxDriver> {
    return new SandboxDriver(await startSandbox({ ...options, port: 0 }), options);
  }

  get origin(): string {
    return this.sandbox.origin;
  }
  get baseUrl(): string {
    return this.sandbox.baseUrl;
  }
  get demoKey(): string {
    return this.sandbox.demoKey;
  }

  /** Takes Sume offline: connections to its port are refused from now on. */
  async stop(): Promise<void> {
    await this.sandbox.close();
  }

  /** Brings Sume back on the same address (fresh state, same demo key). */
  async restart(): Promise<void> {
    await this.sandbox.close();
    this.sandbox = await startSandbox({ ...this.options, port: this.sandbox.port });
  }

  async accountFor(apiKey: string): Promise<ExpectedAccount> {
    const headers = { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' };
    const me = (await this.json(`${this.baseUrl}/me`, { headers })) as { user: { name: string }; workspace: { name: string } };
    const credits = (await this.json(`${this.baseUrl}/credits`, { headers })) as { remaining_credits: number };
    return { userName: me.user.name, workspaceName: me.workspace.name, remainingCredits: credits.remaining_credits };
  }

  /** How the API refuses a key on GET /me: the message a person should be shown. */
  async refusalFor(apiKey: string): Promise<{ status: number; message: string }> {
    const response = await fetch(`${this.baseUrl}/me`, { headers: { Authorization: `Bearer ${apiKey}` } });
    const body = (await response.json()) as { error: { message: string } };
    return { status: response.status, message: body.error.message };
  }

  async setRemainingCredits(remaining: number): Promise<void> {
    await this.control('/__sandbox/credits', { remaining });
  }

  async revokeKey(key: string): Promise<void> {
    await this.control('/__sandbox/keys/revoke', { key });
  }

  async injectFault(fault: Fault): Promise<void> {
    await this.control('/__sandbox/faults', fault);
  }

  /** API requests the sandbox has answered since it started (control calls not counted). */
  async apiRequestCount(): Promise<number> {
    const state = (await this.json(`${this.origin}/__sandbox/state`)) as { requests: { total: number } };
    return state.requests.total;
  }

  /** Everything the sandbox knows right now: credits, config, jobs, request counts. */
  async state(): Promise<SandboxSnapshot> {
    return (await this.json(`${this.origin}/__sandbox/state`)) as SandboxSnapshot;
  }

  /** The last API requests, oldest first. */
  async requests(): Promise<SandboxRequest[]> {
    return (await this.json(`${this.origin}/__sandbox/requests`)) as SandboxRequest[];
  }

  async configure(change: SandboxConfigChange): Promise<void> {
    await this.control('/__sandbox/config', change);
  }

  /** Finishes a job now; `result` replaces the analysis Sume would have made. */
  async completeJob(jobId: string, result?: unknown): Promise<void> {
    await this.control(`/__sandbox/jobs/${jobId}/complete`, result === undefined ? {} : { result });
  }

  /** The result the next analysis to complete returns (e.g. hostile content). */
  async queueNextResult(result: unknown): Promise<void> {
    await this.control('/__sandbox/next-result', { result });
  }

  /** A finished job's result, read from the API as any client would. */
  async jobResult(apiKey: string, jobId: string): Promise<{ result: Record<string, unknown> }> {
    const headers = { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' };
    return (await this.json(`${this.baseUrl}/jobs/${jobId}/result`, { headers })) as { result: Record<string, unknown> };
  }

  /** How the API refuses to start an analysis of `url` with `apiKey` right now (e.g. 402). */
  async analysisRefusalFor(apiKey: string, url: string): Promise<{ status: number; message: string }> {
    const response = await fetch(`${this.baseUrl}/reference-analysis`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ url }),
    });
    const body = (await response.json()) as { error?: { message: string } };
    if (response.ok || !body.error) throw new Error(`Sume accepted the analysis of ${url} (HTTP ${response.status})`);
    return { status: response.status, message: body.error.message };
  }

  /** An asset in the demo workspace's library, made as an upload makes one (presign, PUT, finalize) and ingested. */
  async seedAsset(title: string, summary: string): Promise<string> {
    const headers = { Authorization: `Bearer ${this.demoKey}`, 'Content-Type': 'application/json' };
    const post = (path: string, body: unknown) => this.json(`${this.baseUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const filename = `${title}.mp4`;
    const presign = (await post('/uploads/presign', { filename, content_type: 'video/mp4', size_bytes: 8 })) as {
      upload_url: string;
      storage_key: string;
      required_headers: Record<string, string>;
    };
    await fetch(presign.upload_url, { method: 'PUT', body: new Uint8Array(8), headers: presign.required_headers });
    const created = (await post('/assets', { storage_key: presign.storage_key, filename, title, metadata: { visual_summary: summary } })) as {
      asset: { id: string };
      job_id: string;
    };
    await this.completeJob(created.job_id);
    return created.asset.id;
  }

  private async control(path: string, body: unknown): Promise<void> {
    await this.json(`${this.origin}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  private async json(url: string, init?: RequestInit): Promise<unknown> {
    const response = await fetch(url, init);
    const text = await response.text();
    if (!response.ok) throw new Error(`Sandbox ${init?.method ?? 'GET'} ${url} answered ${response.status}: ${text}`);
    return JSON.parse(text) as unknown;
  }
}
