/** Knobs of one sandbox instance. Everything has a default so `startSandbox()` just works. */
export interface RateLimitConfig {
  limit: number;
  windowMs: number;
}

export interface SandboxOptions {
  /** 0 picks a free port (what tests want); 8787 is the port `npm start` expects. */
  port: number;
  host: string;
  /** Where uploaded bytes land. Default: a fresh temp dir, removed on close. */
  dataDir: string;
  demoKey: string;
  queuedMs: number;
  runningMs: number;
  initialCredits: number;
  requiredCredits: number;
  /** null = no rate limiting, which is the default so tests are not throttled by accident. */
  rateLimit: RateLimitConfig | null;
  maxUploadBytes: number;
  signedUrlTtlMs: number;
  log: boolean;
}

/** The part of the options the control API may change while the server runs. */
export type SandboxConfig = Pick<SandboxOptions, 'queuedMs' | 'runningMs' | 'requiredCredits' | 'rateLimit' | 'maxUploadBytes' | 'signedUrlTtlMs' | 'log'>;

export const DEFAULT_DEMO_KEY = 'sume_live_sandbox_demo_0000000000000000';
export const READONLY_KEY = 'sume_live_sandbox_readonly_000000000000';
/** A full-scope key in a second workspace, so tests can prove workspaces do not see each other. */
export const OTHER_WORKSPACE_KEY = 'sume_live_sandbox_other_00000000000000';

export const DEFAULT_OPTIONS: Omit<SandboxOptions, 'dataDir'> = {
  port: 8787,
  host: '127.0.0.1',
  demoKey: DEFAULT_DEMO_KEY,
  queuedMs: 1500,
  runningMs: 4000,
  initialCredits: 100,
  requiredCredits: 5,
  rateLimit: null,
  maxUploadBytes: 2 * 1024 ** 3,
  signedUrlTtlMs: 15 * 60_000,
  log: false,
};

export function configFrom(options: SandboxOptions): SandboxConfig {
  const { queuedMs, runningMs, requiredCredits, rateLimit, maxUploadBytes, signedUrlTtlMs, log } = options;
  return { queuedMs, runningMs, requiredCredits, rateLimit, maxUploadBytes, signedUrlTtlMs, log };
}
