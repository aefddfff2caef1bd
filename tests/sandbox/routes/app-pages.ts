/**
 * The pages of Sume's web app the extension links to ([A] lib/api/app-links.ts), as the
 * sandbox's stand-ins, so "Get a key", "Top up in Sume" and a search result's "Open in Sume" lead
 * somewhere under `npm start`: the demo key (public: it only opens this sandbox), the demo
 * workspace's balance with a top-up button, and an asset's title. Outside /api/v1, so no key is
 * needed, as in a signed-in browser.
 */
import type { Hono } from 'hono';
import type { SandboxEnv } from '../context';
import { demoWorkspace } from '../store';

export const TOP_UP_CREDITS = 1_000;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>${title} · Sume sandbox</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:560px;margin:48px auto;padding:0 20px}code{font-size:14px;padding:2px 6px;border:1px solid #8886;border-radius:4px}button{font:inherit;padding:6px 14px;border-radius:8px}</style>
</head><body><p>Sume sandbox</p><h1>${title}</h1>${body}</body></html>`;

export function registerAppPages(app: Hono<SandboxEnv>): void {
  app.get('/settings/api-keys', (c) =>
    c.html(
      page(
        'API keys',
        `<p>This sandbox has one workspace. Its key:</p><p><code>${c.get('state').options.demoKey}</code></p><p>Paste it into Sume Capture’s settings.</p>`,
      ),
    ),
  );
  app.get('/settings/billing', (c) => {
    const remaining = demoWorkspace(c.get('state')).remainingCredits;
    return c.html(
      page(
        'Credits',
        `<p>Remaining: <strong data-testid="remaining">${remaining.toLocaleString('en-US')}</strong> credits.</p>
<form method="post"><button type="submit">Add ${TOP_UP_CREDITS.toLocaleString('en-US')} credits</button></form>`,
      ),
    );
  });
  // "Open in Sume" from a search result ([A] app_url, lib/api/endpoints.ts).
  app.get('/library/assets/:id', (c) => {
    const asset = c.get('state').assets.get(c.req.param('id'));
    if (!asset) return c.html(page('Asset not found', '<p>No asset has this id in the sandbox.</p>'), 404);
    return c.html(page('Asset', `<p data-testid="asset-title">${escapeHtml(asset.title)}</p>`));
  });
  app.post('/settings/billing', (c) => {
    demoWorkspace(c.get('state')).remainingCredits += TOP_UP_CREDITS;
    return c.redirect('/settings/billing', 303);
  });
}
