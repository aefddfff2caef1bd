/**
 * A short note shown in the page after a screenshot or frame is taken, so the user sees it worked
 * without opening anything. Injected with scripting.executeScript (self-contained: no imports),
 * in its own shadow root, gone after a few seconds; it never covers clicks (pointer-events: none).
 */
export function showPageToast(title: string, detail: string): void {
  const host = document.createElement('sume-capture-toast');
  // Closed: what the user uploaded is not the page's business.
  const shadow = host.attachShadow({ mode: 'closed' });
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Built node by node (no innerHTML: pages may enforce Trusted Types), text only.
  const style = document.createElement('style');
  style.textContent =
    'div{position:fixed;z-index:2147483647;inset-inline-end:20px;bottom:20px;max-width:320px;padding:12px 14px;border-radius:12px;font:13px/1.4 system-ui,sans-serif;box-shadow:0 8px 28px #0005;pointer-events:none}strong{display:block;margin-bottom:2px}';
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.style.background = dark ? '#1d1a25' : '#fff';
  box.style.color = dark ? '#f1eff7' : '#17151f';
  const heading = document.createElement('strong');
  heading.textContent = title;
  const body = document.createElement('span');
  body.textContent = detail;
  box.append(heading, body);
  shadow.append(style, box);
  if (!still)
    box.animate(
      [
        { opacity: 0, transform: 'translateY(8px)' },
        { opacity: 1, transform: 'none' },
      ],
      { duration: 160 },
    );
  document.documentElement.append(host);
  setTimeout(() => host.remove(), 3500);
}
