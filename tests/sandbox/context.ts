import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { ApiKeyRecord, SandboxState, Workspace } from './store';

export interface AuthContext {
  key: ApiKeyRecord;
  workspace: Workspace;
}

/** Hono environment shared by every sandbox route. */
export interface SandboxEnv {
  Bindings: HttpBindings;
  Variables: {
    state: SandboxState;
    requestId: string;
    auth: AuthContext;
    /** Set when a fault destroyed the socket, so the log can say so. */
    dropped: boolean;
  };
}

export type SandboxContext = Context<SandboxEnv>;

/**
 * Origin as the client addressed us (127.0.0.1 vs localhost), so URLs we hand out
 * (result_url, upload_url, media_url) work from wherever the client stands.
 */
export function originOf(c: SandboxContext): string {
  return new URL(c.req.url).origin;
}

export function apiBaseOf(c: SandboxContext): string {
  return `${originOf(c)}/api/v1`;
}

export function authOf(c: SandboxContext): AuthContext {
  return c.get('auth');
}
