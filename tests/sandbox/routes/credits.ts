import type { Hono } from 'hono';
import { requireScope } from '../auth';
import type { SandboxEnv } from '../context';
import { activeJobCount } from '../jobs';

export const MAX_CONCURRENT_GENERATIONS = 5;

export function registerCredits(api: Hono<SandboxEnv>): void {
  api.get('/credits', (c) => {
    requireScope(c, 'credits:read');
    const { workspace } = c.get('auth');
    return c.json({
      plan: workspace.plan,
      monthly_credits: workspace.monthlyCredits,
      bonus_credits: 0,
      remaining_credits: workspace.remainingCredits,
      active_generations: activeJobCount(c.get('state'), workspace.id),
      max_concurrent_generations: MAX_CONCURRENT_GENERATIONS,
    });
  });
}
