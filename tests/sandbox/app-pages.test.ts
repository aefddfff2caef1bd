import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { DEFAULT_OPTIONS } from './options';
import { TOP_UP_CREDITS } from './routes/app-pages';
import { createState, demoWorkspace } from './store';

describe('the stand-ins for Sume’s API keys and billing pages', () => {
  it('show the demo key, and the balance with a top-up that adds credits', async () => {
    const state = createState({ ...DEFAULT_OPTIONS, dataDir: '/nonexistent' });
    const app = createApp(state);
    expect(await (await app.request('/settings/api-keys')).text()).toContain(DEFAULT_OPTIONS.demoKey);
    demoWorkspace(state).remainingCredits = 0;
    expect(await (await app.request('/settings/billing')).text()).toContain('<strong data-testid="remaining">0</strong>');
    const topUp = await app.request('/settings/billing', { method: 'POST' });
    expect(topUp.status).toBe(303);
    expect(demoWorkspace(state).remainingCredits).toBe(TOP_UP_CREDITS);
  });
});
