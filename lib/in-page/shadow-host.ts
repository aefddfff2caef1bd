/**
 * A shadow-root host for in-page UI. The root is `closed`: a page script cannot reach into it to
 * click our controls or read what they say (what was captured, errors, credits). WXT's
 * createShadowRootUi does this and more (auto-mount, CSS splitting, a document reset) but costs
 * ~3.4 KB gzip per content script; we need only an isolated root, our CSS, and events that stop
 * inside it so the site's player never sees a click or key meant for us.
 */
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
}

export function createShadowHost(tagName: string, css: string, isolatedEvents: readonly string[]): ShadowHost {
  const host = document.createElement(tagName);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  const stop = (event: Event) => event.stopPropagation();
  for (const type of isolatedEvents) root.addEventListener(type, stop);
  return { host, root };
}
