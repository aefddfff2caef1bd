import type { MiddlewareHandler } from 'hono';
import type { SandboxContext, SandboxEnv } from './context';
import { ApiError } from './errors';
import { hashKey, type Scope } from './store';

/** API key auth: Bearer first, legacy X-Api-Key second. 401 says what was wrong, never echoes the key. */

const KEY_SHAPE = /^sume_(live|test)_[A-Za-z0-9_]{8,200}$/;

type Failure = 'missing' | 'malformed' | 'unknown' | 'revoked';

const MESSAGES: Record<Failure, string> = {
  missing: 'Missing API key. Send it as `Authorization: Bearer <key>`.',
  malformed: 'Malformed API key or Authorization header; expected `Authorization: Bearer sume_live_...`.',
  unknown: 'Unknown API key. Check that you copied the whole key from Sume settings.',
  revoked: 'This API key has been revoked. Create a new key in Sume settings.',
};

function unauthorized(reason: Failure): ApiError {
  return new ApiError(
    401,
    'unauthorized',
    MESSAGES[reason],
    { reason },
    {
      'WWW-Authenticate': 'Bearer realm="sume"',
    },
  );
}

/** Pulls the presented key out of the headers, or says why there is none. */
export function presentedKey(authorization: string | undefined, apiKeyHeader: string | undefined): string | Failure {
  if (authorization !== undefined) {
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization.trim());
    return match?.[1] ?? 'malformed';
  }
  if (apiKeyHeader !== undefined) return apiKeyHeader.trim() || 'missing';
  return 'missing';
}

export const authMiddleware: MiddlewareHandler<SandboxEnv> = async (c, next) => {
  const state = c.get('state');
  const presented = presentedKey(c.req.header('authorization'), c.req.header('x-api-key'));
  if (presented === 'missing' || presented === 'malformed') throw unauthorized(presented);
  if (!KEY_SHAPE.test(presented)) throw unauthorized('malformed');
  const key = state.keys.get(hashKey(presented));
  if (!key) throw unauthorized('unknown');
  if (key.revoked) throw unauthorized('revoked');
  const workspace = state.workspaces.get(key.workspaceId);
  if (!workspace) throw unauthorized('unknown');
  c.set('auth', { key, workspace });
  await next();
};

export function requireScope(c: SandboxContext, scope: Scope): void {
  const { key } = c.get('auth');
  if (!key.scopes.includes(scope)) {
    throw new ApiError(403, 'forbidden', `This API key lacks the \`${scope}\` scope.`, {
      required_scope: scope,
      granted_scopes: [...key.scopes],
    });
  }
}

/** Control API: makes a key invalid from now on. Returns false when the key is not known. */
export function revokeKey(keys: Map<string, { revoked: boolean }>, key: string): boolean {
  const record = keys.get(hashKey(key));
  if (!record) return false;
  record.revoked = true;
  return true;
}
