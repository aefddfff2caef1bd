import { parseArgs } from 'node:util';
import type { SandboxOptions } from './options';

/**
 * Sandbox options from the environment and argv, for `npm run sandbox`.
 * Env: SUME_SANDBOX_PORT, _HOST, _KEY, _QUEUED_MS, _RUNNING_MS, _RATE_LIMIT ("60/60000"); flag: --port N.
 */

function numberFrom(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}

function rateLimitFrom(raw: string | undefined): SandboxOptions['rateLimit'] | undefined {
  if (raw === undefined || raw === '' || raw === 'off') return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(raw);
  if (!match) throw new Error(`SUME_SANDBOX_RATE_LIMIT must look like "60/60000" (requests/window ms), got "${raw}"`);
  return { limit: Number(match[1]), windowMs: Number(match[2]) };
}

export function optionsFromEnv(env: NodeJS.ProcessEnv, argv: string[]): Partial<SandboxOptions> {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' } }, strict: false });
  const port = typeof values.port === 'string' ? values.port : env.SUME_SANDBOX_PORT;
  const options: Partial<SandboxOptions> = {
    port: numberFrom('port', port),
    host: env.SUME_SANDBOX_HOST || undefined,
    demoKey: env.SUME_SANDBOX_KEY || undefined,
    queuedMs: numberFrom('SUME_SANDBOX_QUEUED_MS', env.SUME_SANDBOX_QUEUED_MS),
    runningMs: numberFrom('SUME_SANDBOX_RUNNING_MS', env.SUME_SANDBOX_RUNNING_MS),
    rateLimit: rateLimitFrom(env.SUME_SANDBOX_RATE_LIMIT),
    log: true,
  };
  // Drop unset entries so the sandbox defaults apply.
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<SandboxOptions>;
}
