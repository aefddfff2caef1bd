/**
 * What a hostile page script does to our buttons, as functions run in the page's own world by
 * Playwright and by puppeteer alike (so each must stay self-contained, like button-audit.ts).
 */

/**
 * Clicks every Sume button it can find, every way a script can, scrolling the feed and making it
 * load more, until it has gone over at least 25 videos. Returns how many it went over.
 */
export async function drainEveryButton(hostSelector: string): Promise<number> {
  const seen = new Set<string>();
  const feed = (window as unknown as { __fixture: { append(n: number): void } }).__fixture;
  for (let round = 0; round < 8 && seen.size < 25; round++) {
    for (const host of document.querySelectorAll<HTMLElement>(hostSelector)) {
      seen.add(host.dataset.sumeUrl ?? '');
      host.scrollIntoView({ block: 'center' });
      host.click();
      const rect = host.getBoundingClientRect();
      const at = { clientX: rect.left + 5, clientY: rect.top + 5, bubbles: true, composed: true };
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) host.dispatchEvent(new MouseEvent(type, at));
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
    feed.append(6);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return seen.size;
}

/** WXT's start-up announcement, forged for both our content scripts: as an event and as a message. */
export function forgeWxtStartup(extensionId: string): void {
  for (const name of ['tiktok', 'instagram']) {
    const type = `${extensionId}:${name}:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }));
    window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
  }
}
