import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { revokeKey } from '../auth';
import type { SandboxEnv } from '../context';
import { ApiError } from '../errors';
import { addFault, faultSchema } from '../faults';
import { readJson } from '../json-body';
import { demoWorkspace, resetState } from '../store';
import { registerControlJobs } from './control-jobs';
import { registerControlState } from './control-state';

/** Test control API under /__sandbox. No auth, so it only answers on loopback. */

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const loopbackOnly: MiddlewareHandler<SandboxEnv> = async (c, next) => {
  if (!LOOPBACK.has(c.env.incoming.socket.remoteAddress ?? '')) {
    throw new ApiError(403, 'forbidden', 'The sandbox control API only answers on loopback.');
  }
  await next();
};

const whole = z.number().int().min(0);
const configSchema = z.object({
  queuedMs: whole.optional(),
  runningMs: whole.optional(),
  requiredCredits: whole.optional(),
  rateLimit: z
    .object({ limit: z.number().int().min(1), windowMs: z.number().int().min(1) })
    .nullable()
    .optional(),
  maxUploadBytes: z.number().int().min(1).optional(),
  signedUrlTtlMs: whole.optional(),
  log: z.boolean().optional(),
});

export function registerControl(app: Hono<SandboxEnv>): void {
  app.use('/__sandbox/*', loopbackOnly);

  app.post('/__sandbox/faults', async (c) => {
    const { data } = await readJson(c, faultSchema);
    return c.json({ fault: addFault(c.get('state'), data) }, 201);
  });

  app.delete('/__sandbox/faults', (c) => {
    const state = c.get('state');
    const cleared = state.faults.length;
    state.faults = [];
    return c.json({ cleared });
  });

  app.post('/__sandbox/credits', async (c) => {
    const { data } = await readJson(c, z.object({ remaining: whole }));
    demoWorkspace(c.get('state')).remainingCredits = data.remaining;
    return c.json({ remaining: data.remaining });
  });

  app.post('/__sandbox/config', async (c) => {
    const { data } = await readJson(c, configSchema);
    const state = c.get('state');
    const changes = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
    state.config = { ...state.config, ...changes };
    if ('rateLimit' in changes) state.rateWindows.clear();
    return c.json({ config: state.config });
  });

  app.post('/__sandbox/keys/revoke', async (c) => {
    const { data } = await readJson(c, z.object({ key: z.string().min(1) }));
    if (!revokeKey(c.get('state').keys, data.key)) throw new ApiError(404, 'not_found', 'No such key.');
    return c.json({ revoked: true });
  });

  app.post('/__sandbox/reset', async (c) => {
    const state = c.get('state');
    resetState(state);
    await rm(path.join(state.options.dataDir, 'storage'), { recursive: true, force: true });
    return c.json({ reset: true });
  });

  registerControlJobs(app);
  registerControlState(app);
}
