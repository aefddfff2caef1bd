import type { Hono, NotFoundHandler } from 'hono';
import type { SandboxEnv } from './context';
import { ApiError, errorResponse } from './errors';

/** 404 for unknown paths, 405 (with Allow) when the path exists under another method. */

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

export function allowedMethods(app: Hono<SandboxEnv>, path: string): string[] {
  const methods = app.routes.filter((route) => route.method !== 'ALL' && patternToRegExp(route.path).test(path)).map((route) => route.method);
  return [...new Set(methods)];
}

export function notFoundHandler(app: Hono<SandboxEnv>): NotFoundHandler<SandboxEnv> {
  return (c) => {
    const allowed = allowedMethods(app, c.req.path);
    if (allowed.length > 0) {
      return errorResponse(
        c,
        new ApiError(
          405,
          'method_not_allowed',
          `${c.req.method} is not allowed here; use ${allowed.join(' or ')}.`,
          {
            allowed_methods: allowed,
          },
          { Allow: allowed.join(', ') },
        ),
      );
    }
    return errorResponse(c, new ApiError(404, 'not_found', `No route matches ${c.req.method} ${c.req.path}.`));
  };
}
