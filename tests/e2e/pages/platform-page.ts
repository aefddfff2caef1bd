import { mkdir } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import type { FixtureWindow } from '../../fixtures';
import { SCREENSHOT_DIR } from '../screenshots';
import { auditCaptureButtons, type ButtonAudit } from './button-audit';
import { ClosedShadowReader, type ButtonReading } from './closed-shadow';

/** The host element the extension puts on a video; its closed shadow root holds the button. */
export const CAPTURE_HOST = '[data-sume-capture]';

/** Buttons come within a frame or two of their video; this is how long a page may take to settle. */
const SETTLE_MS = 5_000;
/** How long a settled page must then stay right: late or flickering buttons would show up in it. */
const QUIET_MS = 400;

/**
 * A TikTok or Instagram page (a local fixture served under the real hostname, tests/fixtures) with
 * the capture buttons the extension put on it. The fixture's own controls (`window.__fixture`) move
 * it the way a user's scroll or click, or the site's app, would.
 */
export class PlatformPage {
  /** Every capture button host on the page. */
  readonly hosts: Locator;
  /** Reads the buttons inside their closed shadow roots, as assistive technology does. */
  readonly reader: ClosedShadowReader;

  constructor(readonly page: Page) {
    this.hosts = page.locator(CAPTURE_HOST);
    this.reader = new ClosedShadowReader(page);
  }

  /** Loads `url` and waits until the fixture app has rendered its first screen. */
  static async open(page: Page, url: string): Promise<PlatformPage> {
    await page.goto(url);
    const platformPage = new PlatformPage(page);
    await page.waitForFunction(() => 'ready' in ((window as Partial<FixtureWindow>).__fixture ?? {}));
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.ready);
    return platformPage;
  }

  /** `window.__fixture[name](...args)` in the page; returns its result when that is plain data. */
  async call<T = unknown>(name: string, ...args: unknown[]): Promise<T> {
    return this.page.evaluate(
      ([action, params]) => {
        const run = (window as unknown as { __fixture: Record<string, unknown> }).__fixture[action];
        if (typeof run !== 'function') throw new Error(`This fixture has no action "${action}"`);
        const result: unknown = run(...params);
        // Some actions hand back the element they built, which cannot leave the page.
        return (result instanceof Node ? null : result) as T;
      },
      [name, args] as [string, unknown[]],
    );
  }

  /** The canonical URLs that must carry a button now, by the fixture's own account. */
  async expectedUrls(): Promise<string[]> {
    return (await this.call<{ url: string }[]>('expected')).map((e) => e.url);
  }

  /** The site's app re-renders an item from scratch (no index: the page's one video). */
  async rerender(index?: number | 'overlay'): Promise<void> {
    await this.call('rerender', ...(index === undefined ? [] : [index]));
  }

  /** Clicks grid tile `index`: it opens as an overlay or dialog and the URL changes (pushState). */
  async openModal(index: number): Promise<string[]> {
    await this.call('openModal', index);
    return this.expectedUrls();
  }

  async closeModal(): Promise<void> {
    await this.call('closeModal');
  }

  /** The next video of an overlay, dialog or reels feed. Returns what must carry a button now. */
  async next(): Promise<string[]> {
    await this.call('next');
    return this.expectedUrls();
  }

  async prev(): Promise<string[]> {
    await this.call('prev');
    return this.expectedUrls();
  }

  /** The host of the button on the video with this canonical URL. */
  host(url: string): Locator {
    return this.page.locator(`${CAPTURE_HOST}[data-sume-url="${url}"]`);
  }

  /** What the button on that video shows and says, or null when it has none. */
  reading(url: string): Promise<ButtonReading | null> {
    return this.reader.button(url);
  }

  /** Waits until the button on that video shows `state`. */
  async expectState(url: string, state: string): Promise<void> {
    await expect.poll(async () => (await this.reading(url))?.state ?? 'no button', { message: `the button of ${url}` }).toBe(state);
  }

  /** Whether the keyboard focus is on the button of that video. */
  async isFocused(url: string): Promise<boolean> {
    return this.host(url).evaluate((host) => document.activeElement === host);
  }

  /** The site's own element for the video with this canonical URL (the fixture's expected element). */
  item(url: string): Locator {
    return this.page.locator(`[data-fixture-expect="${url}"]`);
  }

  /**
   * Listens for `types` where the site's player would: on the video's item, the document and the
   * window (bubbling, as the sites' apps listen). Returns what was heard since the last call.
   */
  async listenAsTheSite(url: string, types: readonly string[]): Promise<() => Promise<string[]>> {
    await this.item(url).evaluate((item, eventTypes) => {
      const heard: string[] = [];
      Object.assign(window, { __heardBySite: heard });
      for (const [where, target] of [
        ['item', item],
        ['document', document],
        ['window', window],
      ] as const) {
        for (const type of eventTypes) target.addEventListener(type, () => heard.push(`${type} on ${where}`));
      }
    }, types);
    return () => this.page.evaluate(() => (window as unknown as { __heardBySite: string[] }).__heardBySite.splice(0));
  }

  /** Every button against the fixture's marks, at one instant (see button-audit.ts). */
  async audit(): Promise<ButtonAudit> {
    return this.page.evaluate(auditCaptureButtons, CAPTURE_HOST);
  }

  /**
   * Every expected video carries exactly one button with its own URL, no decoy carries one, and
   * there are no other buttons on the page. Waits for the page to settle; returns the expected URLs
   * so the story can also say which and how many there must be.
   */
  async expectOneButtonPerExpectedItem(): Promise<string[]> {
    let last: ButtonAudit | undefined;
    await expect.poll(async () => (last = await this.audit()).problems, { timeout: SETTLE_MS, intervals: [25, 50, 100, 250] }).toEqual([]);
    return last?.expected ?? [];
  }

  /**
   * As `expectOneButtonPerExpectedItem`, and the page then stays right for a moment: a page where
   * no button is expected passes the first check at once, even before the extension looked at it.
   */
  async expectOneButtonPerExpectedItemToStay(): Promise<string[]> {
    const expected = await this.expectOneButtonPerExpectedItem();
    await this.page.waitForTimeout(QUIET_MS);
    expect((await this.audit()).problems).toEqual([]);
    return expected;
  }

  /** What a person sees in the window, light and dark, into test-results/screenshots/ (not compared). */
  async screenshot(name: string): Promise<void> {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme });
      await this.page.screenshot({ path: `${SCREENSHOT_DIR}${name}-${colorScheme}.png`, animations: 'disabled' });
    }
    await this.page.emulateMedia({ colorScheme: null });
  }
}
