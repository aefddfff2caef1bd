import type { Hono } from 'hono';
import { requireScope } from '../auth';
import type { SandboxEnv } from '../context';

export function registerMe(api: Hono<SandboxEnv>): void {
  api.get('/me', (c) => {
    requireScope(c, 'me:read');
    const { key, workspace } = c.get('auth');
    return c.json({
      user: { ...workspace.user },
      workspace: { id: workspace.id, name: workspace.name },
      // Cleaned metadata only: the prefix identifies the key without revealing it.
      api_key: { id: key.id, prefix: key.prefix, scopes: [...key.scopes] },
    });
  });
}
