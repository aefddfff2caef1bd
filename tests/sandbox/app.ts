import { Hono } from 'hono';
import { authMiddleware } from './auth';
import type { SandboxEnv } from './context';
import { handleError, requestIdMiddleware } from './errors';
import { faultMiddleware } from './faults';
import { advanceJobs } from './jobs';
import { sandboxNow } from './store';
import { notFoundHandler } from './not-found';
import { openApiDocument } from './openapi';
import { rateLimitMiddleware } from './rate-limit';
import { requestLogMiddleware } from './request-log';
import { registerAppPages } from './routes/app-pages';
import { registerAssets } from './routes/assets';
import { registerControl } from './routes/control';
import { registerCredits } from './routes/credits';
import { registerJobs } from './routes/jobs';
import { registerMe } from './routes/me';
import { registerMedia } from './routes/media';
import { registerReferenceAnalysis } from './routes/reference-analysis';
import { registerStorage } from './routes/storage';
import { registerUploads } from './routes/uploads';
import type { SandboxState } from './store';

/**
 * Composes the sandbox. Order matters: request id and logging wrap everything; control routes
 * come before faults (a test must always be able to clear a fault); faults come before auth
 * (so a fault can stand in for any failure, and a faulted create spends nothing).
 */
export function createApp(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.use('*', requestIdMiddleware);
  app.use('*', async (c, next) => {
    c.set('state', state);
    advanceJobs(state, sandboxNow(state));
    await next();
  });
  app.use('*', requestLogMiddleware);

  registerControl(app);
  app.use('/api/v1/*', faultMiddleware);
  app.use('/__storage/*', faultMiddleware);
  registerStorage(app);
  registerMedia(app);
  registerAppPages(app);

  const api = new Hono<SandboxEnv>();
  api.get('/openapi.json', (c) => c.json(openApiDocument(`${new URL(c.req.url).origin}/api/v1`)));
  api.use('*', authMiddleware);
  api.use('*', rateLimitMiddleware);
  registerMe(api);
  registerCredits(api);
  registerJobs(api);
  registerReferenceAnalysis(api);
  registerUploads(api);
  registerAssets(api);
  app.route('/api/v1', api);

  app.notFound(notFoundHandler(app));
  app.onError(handleError);
  return app;
}
