/**
 * The test's handle on one sandbox (tests/sandbox): what a Sume account looks like from the
 * API, and the control API (`/__sandbox/*`) that changes the world under the extension.
 */
import { startSandbox, type Sandbox } from '../sandbox/server';

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
  drop?: boolean;
  malformed?: boolean;
  delayMs?: number;
  retryAfter?: number;
}

export class SandboxDriver {
  private constructor(private sandbox: Sandbox) {}

  static async start(): Promise<SandboxDriver> {
    return new SandboxDriver(await startSandbox({ port: 0 }));
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
    this.sandbox = await startSandbox({ port: this.sandbox.port });
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
