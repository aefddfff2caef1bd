/**
 * The page is hostile. TikTok, Instagram, any script on them or a network attacker can run code
 * next to our button; each story below is one attack, tried as an attacker would, from the page's
 * own JavaScript (`page.evaluate` runs in the page's world, exactly where a site script runs). Each
 * ends with what Sume itself holds: no analysis and the same credits — with the user's "ask before
 * spending" on and off. Real input (Playwright's mouse and keyboard) is the person at the machine.
 */
import { fixture } from '../fixtures';
import { expect, INITIAL_CREDITS, test, UNTIL_DONE } from './analyze-fixtures';
import { driftedUrl } from './fixture-sites';
import { drainEveryButton, forgeWxtStartup } from './page-attacks';
import { questionShown } from './pages/confirmation-frame';
import { CAPTURE_HOST, type PlatformPage } from './pages/platform-page';
import type { SandboxDriver } from './sandbox-driver';

const TIKTOK_FEED = fixture('tiktok-foryou').urls[0] ?? '';
const TIKTOK_VIDEO = fixture('tiktok-video').urls[0] ?? '';
const INSTAGRAM_REELS = fixture('instagram-reels').urls[0] ?? '';

/**
 * Long enough for anything an attack set off to have reached Sume: a click goes from the content
 * script to the background and out in well under this.
 */
const QUIET_MS = 1_500;

async function expectNothingSpent(site: PlatformPage, sandbox: SandboxDriver): Promise<void> {
  await site.page.waitForTimeout(QUIET_MS);
  const state = await sandbox.state();
  expect(state.jobs, 'analyses Sume holds').toEqual([]);
  expect(state.credits.remaining, 'credits left').toBe(INITIAL_CREDITS);
}

const confirmFrameOpen = (site: PlatformPage) => questionShown(site.page);

const SETTINGS = [
  { name: 'asking before spending', ask: true },
  { name: 'with "don’t ask" on', ask: false },
] as const;

test.describe('a page script cannot start a spend', () => {
  for (const { name, ask } of SETTINGS) {
    test(`synthetic clicks, pointer and key events on our button and at its point do nothing (${name})`, async ({
      connect,
      openOptions,
      openSite,
      sandbox,
      reelButton,
    }) => {
      await connect();
      await (await openOptions()).setAskBeforeSpending(ask);
      const site = await openSite(TIKTOK_VIDEO);
      const [url = ''] = await site.expectOneButtonPerExpectedItem();

      const attempts = await site.page.evaluate(() => {
        const host = document.querySelector<HTMLElement>('[data-sume-capture]')!;
        const log: string[] = [];
        // Reaching in: a closed root is null to the page, and cannot be attached again.
        log.push(`shadowRoot: ${String(host.shadowRoot)}`);
        try {
          host.attachShadow({ mode: 'open' });
          log.push('attachShadow: allowed');
        } catch {
          log.push('attachShadow: refused');
        }
        log.push(`buttons reachable: ${host.querySelectorAll('button').length}`);
        // Clicking it every way a script can.
        host.click();
        const rect = host.getBoundingClientRect();
        const at = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2, bubbles: true, composed: true, cancelable: true };
        const target = document.elementFromPoint(at.clientX, at.clientY) as HTMLElement;
        log.push(`at its point: ${target === host ? 'our host' : target?.tagName}`);
        for (const element of [host, target]) {
          for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) element.dispatchEvent(new PointerEvent(type, at));
          element.dispatchEvent(new MouseEvent('click', at));
          element.click();
          host.focus();
          for (const key of ['Enter', ' ']) {
            element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
            element.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
          }
        }
        return log;
      });
      expect(attempts).toEqual(['shadowRoot: null', 'attachShadow: refused', 'buttons reachable: 0', 'at its point: our host']);
      expect(await confirmFrameOpen(site), 'a question was opened').toBe(false);
      await expectNothingSpent(site, sandbox);
      // The same button still answers a person.
      const reel = reelButton(site, url);
      await reel.click();
      await (ask ? await expect(await reel.confirm.title()).toHaveText('Analyze this video with Sume?') : reel.expectState(/sending|analyzing/));
    });
  }

  test('a drain loop over 25 videos clicks every button it finds and spends nothing (with "don’t ask" on)', async ({
    connect,
    openOptions,
    openSite,
    sandbox,
  }) => {
    await connect();
    await (await openOptions()).setAskBeforeSpending(false);
    const feed = await openSite(TIKTOK_FEED);
    await feed.expectOneButtonPerExpectedItem();

    const clicked = await feed.page.evaluate(drainEveryButton, CAPTURE_HOST);
    expect(clicked, 'videos the loop clicked').toBeGreaterThanOrEqual(25);
    await expectNothingSpent(feed, sandbox);
  });
});

test.describe('the confirmation is out of the page’s reach', () => {
  test('a page that frames our confirmation itself, with any token, gets nothing; "don’t ask again" stays the user’s', async ({
    connect,
    openSite,
    openOptions,
    sandbox,
    extensionId,
    reelButton,
  }) => {
    await connect();
    const site = await openSite(TIKTOK_VIDEO);
    const [url = ''] = await site.expectOneButtonPerExpectedItem();

    // A person opens a real question; the page then tries everything it can from outside.
    const reel = reelButton(site, url);
    await reel.click();
    await reel.confirm.dialog();
    const outside = await site.page.evaluate(async (id) => {
      const log: string[] = [];
      log.push(`frames the page can see: ${window.length}`);
      const host = document.querySelector('sume-capture-confirm') as HTMLElement | null;
      log.push(`question host: ${host ? 'found' : 'none'}, its root: ${String(host?.shadowRoot)}`);
      // Its own copy of our page, at the extension's fixed address, with a made-up token.
      const frame = document.createElement('iframe');
      frame.src = `chrome-extension://${id}/confirm.html#${'0'.repeat(32)}`;
      document.body.append(frame);
      await new Promise((resolve) => setTimeout(resolve, 800));
      for (const message of [{ choice: 'analyze', dontAskAgain: true }, { token: 'f'.repeat(32) }]) frame.contentWindow?.postMessage(message, '*');
      let readable = 'no';
      try {
        readable = frame.contentDocument ? 'yes' : 'no';
      } catch {
        readable = 'no';
      }
      log.push(`its own frame readable: ${readable}`);
      return log;
    }, extensionId);
    expect(outside).toEqual(['frames the page can see: 0', 'question host: found, its root: null', 'its own frame readable: no']);
    // Chrome refused that address outright: only the per-session address of the page is web-accessible.
    expect(
      site.page.frames().some((frame) => frame.url().includes(`#${'0'.repeat(32)}`)),
      'the page’s own copy loaded',
    ).toBe(false);
    // The real question is untouched: "don't ask again" is not ticked, and the person cancels.
    await expect(await reel.confirm.dontAskAgain()).not.toBeChecked();
    await reel.confirm.choose('Cancel');
    await reel.confirm.expectClosed();
    await expect((await openOptions()).askBeforeSpending).toBeChecked();
    await expectNothingSpent(site, sandbox);
  });

  for (const { name, ask } of SETTINGS) {
    test(`a "click twice to play" decoy with pointer-events: none over our button and its question turns real clicks into nothing (${name})`, async ({
      connect,
      openOptions,
      openSite,
      sandbox,
      reelButton,
    }) => {
      await connect();
      await (await openOptions()).setAskBeforeSpending(ask);
      const site = await openSite(TIKTOK_VIDEO);
      const [url = ''] = await site.expectOneButtonPerExpectedItem();
      const reel = reelButton(site, url);

      // The decoy covers the whole window, our button and where our question opens included. It is a
      // popover in the top layer, shown again whenever anything changes at the top of the document
      // and every 50 ms, so it stays above our question too (which sits in the top layer itself).
      await site.page.evaluate(() => {
        const decoy = document.createElement('div');
        decoy.popover = 'manual';
        decoy.textContent = '▶ Click twice to play';
        decoy.style.cssText =
          'position:fixed;inset:0;width:auto;height:auto;margin:0;border:0;pointer-events:none;display:grid;place-items:center;font:700 40px system-ui;color:#fff;background:rgba(0,0,0,.92)';
        document.documentElement.append(decoy);
        decoy.showPopover();
        const onTop = () => {
          if (document.documentElement.lastElementChild !== decoy) document.documentElement.append(decoy);
          decoy.hidePopover();
          decoy.showPopover();
        };
        new MutationObserver(onTop).observe(document.documentElement, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['popover', 'style'],
        });
        setInterval(onTop, 50);
      });
      // First real click: lands on our button through the decoy.
      await reel.click();
      // Chrome sees the button is covered: even with "don't ask" on, it asks rather than spends.
      const frame = await reel.confirm.frame();
      const analyze = frame.getByRole('button', { name: 'Analyze', exact: true });
      await expect(analyze).toBeAttached();
      await site.page.waitForTimeout(800);
      // Second real click, exactly where the page knows "Analyze" is: refused while covered.
      const box = (await analyze.boundingBox())!;
      await site.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await site.page.keyboard.press('Enter');
      await expect(frame.locator('.spend')).toHaveAttribute('data-armed', 'false');
      await expectNothingSpent(site, sandbox);
    });
  }
});

test.describe('the page cannot choose what is charged', () => {
  for (const { name, ask } of SETTINGS) {
    test(`Instagram reels feed: a replaceState to another reel makes the button ask, naming the swapped reel (${name})`, async ({
      connect,
      openOptions,
      openSite,
      sandbox,
      reelButton,
    }) => {
      await connect();
      await (await openOptions()).setAskBeforeSpending(ask);
      const feed = await openSite(INSTAGRAM_REELS);
      const [watched = ''] = await feed.expectOneButtonPerExpectedItem();

      // A script rewrites the address to a reel the person is not watching.
      const swapped = 'https://www.instagram.com/reel/Cswapped_by_a_script/';
      await feed.page.evaluate((to) => history.replaceState(history.state, '', new URL(to).pathname), swapped);
      await expect(feed.hosts).toHaveAttribute('data-sume-url', swapped);

      const reel = reelButton(feed, swapped);
      await reel.click();
      // Asked even with "don't ask" on, and named, so the swap shows; Enter would not spend.
      await expect(await reel.confirm.title()).toHaveText(ask ? 'Analyze this video with Sume?' : 'Is this the video you meant?');
      await expect(await reel.confirm.url()).toHaveText(swapped.replace('https://www.', ''));
      expect(watched).not.toBe(swapped);
      if (!ask) await expect(await reel.confirm.focused()).toHaveText('Cancel');
      await reel.confirm.choose('Cancel');
      await expectNothingSpent(feed, sandbox);
    });
  }

  test('markup only the second strategy can read (a rebuild, or a script rewriting the page) makes every button ask, naming the reel, even with "don’t ask" on', async ({
    connect,
    openOptions,
    openSite,
    sandbox,
    reelButton,
  }) => {
    await connect();
    await (await openOptions()).setAskBeforeSpending(false);
    const feed = await openSite(driftedUrl(TIKTOK_FEED, 'stripped'));
    const [first = ''] = await feed.expectOneButtonPerExpectedItem();

    const reel = reelButton(feed, first);
    await reel.click();
    await expect(await reel.confirm.title()).toHaveText('Is this the video you meant?');
    await expect(await reel.confirm.url()).toHaveText(first.replace('https://www.', ''));
    await expect(await reel.confirm.focused()).toHaveText('Cancel');
    await reel.confirm.choose('Cancel');
    await expectNothingSpent(feed, sandbox);
  });

  test('a forged right-click on another video does not retarget "Analyze with Sume"', async ({ connect, openSite, sandbox, extension, reelButton }) => {
    await connect();
    const feed = await openSite(TIKTOK_FEED);
    const [watched = '', other = ''] = await feed.expectOneButtonPerExpectedItem();

    // The person right-clicks the video they watch; the page then fires its own contextmenu on another.
    const box = (await feed.item(watched).locator('video').boundingBox())!;
    await feed.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
    await feed.item(other).locator('video').dispatchEvent('contextmenu');
    await extension.clickMenu({ menuItemId: 'sume-analyze-page', pageUrl: TIKTOK_FEED }, TIKTOK_FEED);

    const reel = reelButton(feed, watched);
    await expect(await reel.confirm.url()).toHaveText(watched.replace('https://www.', ''));
    await reel.confirm.choose('Cancel');
    await expectNothingSpent(feed, sandbox);
  });
});

test.describe('narrow surface', () => {
  test('a forged WXT start-up event and postMessage do not switch the button off, and nothing announces the extension', async ({
    connect,
    openSite,
    sandbox,
    extensionId,
    context,
    reelButton,
  }) => {
    await connect();
    // From the page's very start: everything posted to the window.
    await context.addInitScript(() => {
      const heard: string[] = [];
      Object.assign(window, { __heardMessages: heard });
      addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
    });
    const site = await openSite(TIKTOK_VIDEO);
    const [url = ''] = await site.expectOneButtonPerExpectedItem();
    const heard = await site.page.evaluate(() => (window as unknown as { __heardMessages: string[] }).__heardMessages);
    expect(heard.filter((message) => message.includes(extensionId) || message.includes('wxt'))).toEqual([]);

    await site.page.evaluate(forgeWxtStartup, extensionId);
    await site.page.evaluate((id) => window.dispatchEvent(new Event(`${id}:tiktok:wxt:locationchange`)), extensionId);
    // Still there, still a person's button.
    await site.expectOneButtonPerExpectedItemToStay();
    const reel = reelButton(site, url);
    await reel.click();
    await expect(await reel.confirm.title()).toHaveText('Analyze this video with Sume?');
    await reel.confirm.choose('Cancel');
    await expectNothingSpent(site, sandbox);
  });

  test('nothing the page can read tells it the user’s credits, captures, states or errors', async ({ connect, openSite, sandbox, serviceWorker }) => {
    await connect();
    const feed = await openSite(TIKTOK_FEED);
    const [first = '', second = '', third = ''] = await feed.expectOneButtonPerExpectedItem();
    // One reel analyzed, one failed with an error and a request id, one untouched.
    await serviceWorker.evaluate(
      ({ done, failed }) =>
        (globalThis as unknown as { __sumeTest: { setCaptureStates(c: object): Promise<void> } }).__sumeTest.setCaptureStates({
          [done]: { status: 'done', captureId: 'cap_secret_1' },
          [failed]: { status: 'failed', message: 'Quota exceeded for workspace Acme', requestId: 'req_secret_9', captureId: 'cap_secret_2' },
        }),
      { done: first, failed: second },
    );
    await feed.expectState(second, 'failed');
    const credits = (await sandbox.state()).credits.remaining;

    const visible = await feed.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-sume-capture]')].map((host) => {
        const rect = host.getBoundingClientRect();
        const below = document.elementFromPoint(rect.left + 10, rect.bottom + 12);
        return {
          attributes: host.getAttributeNames().sort(),
          text: host.textContent,
          root: String(host.shadowRoot),
          size: `${Math.round(rect.width)}x${Math.round(rect.height)}`,
          noteHit: below === host,
          html: host.outerHTML,
        };
      }),
    );
    expect(visible.length).toBeGreaterThanOrEqual(3);
    for (const host of visible) {
      expect(host.attributes).toEqual(['data-sume-capture', 'data-sume-url', 'style']);
      expect(host.text).toBe('');
      expect(host.root).toBe('null');
      expect(host.noteHit, 'the failure note takes no clicks, so hit-testing cannot find it').toBe(false);
    }
    // Every state has the same box: its size tells nothing either.
    expect(new Set(visible.map((h) => h.size)).size).toBe(1);
    const page = await feed.page.content();
    for (const secret of ['cap_secret', 'req_secret_9', 'Quota exceeded', 'Acme']) expect(page, secret).not.toContain(secret);
    const hosts = visible.map((h) => h.html).join('\n');
    for (const word of ['done', 'failed', 'ready', 'analyzing', 'Retry', String(credits)]) expect(hosts, word).not.toContain(word);
    // And through DevTools' eyes: every root of ours is closed.
    const modes = await feed.reader.shadowRootModes();
    expect(modes.length).toBeGreaterThanOrEqual(3);
    expect(new Set(modes)).toEqual(new Set(['closed']));
    expect(third, 'an untouched reel too').toBeTruthy();
  });
});

test.describe('one decision, one spend', () => {
  test('a double click 1 ms apart on the button with "don’t ask" on makes one analysis', async ({
    connect,
    openOptions,
    openSite,
    sandbox,
    extension,
    reelButton,
  }) => {
    await connect();
    await (await openOptions()).setAskBeforeSpending(false);
    const site = await openSite(TIKTOK_VIDEO);
    const [url = ''] = await site.expectOneButtonPerExpectedItem();
    const reel = reelButton(site, url);
    await reel.host.hover();
    await site.page.waitForTimeout(250);
    const box = (await reel.host.boundingBox())!;
    // Two full clicks as fast as the input pipeline allows (a bouncing switch).
    await site.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { clickCount: 1 });
    await site.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { clickCount: 2 });
    await reel.expectState('done', UNTIL_DONE);
    await site.page.waitForTimeout(QUIET_MS);
    expect((await sandbox.state()).jobs).toHaveLength(1);
    expect(await extension.captures()).toHaveLength(1);
  });

  test('a double click on the popup’s "Analyze" makes one analysis; Enter on "already being analyzed" spends nothing', async ({
    connect,
    openAnalyzePopup,
    sandbox,
  }) => {
    await connect();
    // A slow job, so the reel is still being analyzed when it is asked for again.
    await sandbox.configure({ queuedMs: 60_000 });
    const popup = await openAnalyzePopup();
    const link = 'https://www.tiktok.com/@luna.bakes/video/7398201746531097600';
    await popup.analyzeLink(link);
    await popup.confirm.ready();
    await popup.confirm.analyzeButton.dblclick();
    await expect(popup.sent).toContainText('Sent to Sume');
    await expect.poll(async () => (await sandbox.state()).jobs.length).toBe(1);

    await popup.analyzeLink(link);
    await expect(popup.confirm.question).toHaveText('Already being analyzed');
    await expect(popup.confirm.primary).toHaveText('Close');
    await expect(popup.confirm.primary).toBeFocused();
    await popup.confirm.ready();
    await popup.page.keyboard.press('Enter');
    await expect(popup.confirm.root).toHaveCount(0);
    await popup.page.waitForTimeout(QUIET_MS);
    expect((await sandbox.state()).jobs).toHaveLength(1);
  });
});

test.describe('a person still captures in two clicks', () => {
  test('keyboard only: Tab to the button, Enter, Enter in the question — one analysis', async ({ connect, openSite, sandbox, reelButton }) => {
    const account = await connect();
    const site = await openSite(TIKTOK_VIDEO);
    const [url = ''] = await site.expectOneButtonPerExpectedItem();
    const reel = reelButton(site, url);
    await site.page.getByRole('searchbox', { name: 'Search' }).focus();
    for (let presses = 0; presses < 30 && !(await reel.isFocused()); presses++) await site.page.keyboard.press('Tab');
    expect(await reel.isFocused()).toBe(true);
    await site.page.keyboard.press('Enter');
    await expect(await reel.confirm.focused()).toBeFocused();
    await reel.confirm.dialog();
    await site.page.keyboard.press('Enter');
    await reel.confirm.expectClosed();
    expect(await reel.isFocused()).toBe(true);
    await reel.expectState('done', UNTIL_DONE);
    const state = await sandbox.state();
    expect(state.jobs.map((job) => job.source_url)).toEqual([url]);
    expect(state.credits.remaining).toBe(account.remainingCredits - state.config.requiredCredits);
  });

  test('with "don’t ask" on, the spending limit stops the 21st credit and asks in the extension’s frame', async ({
    connect,
    openOptions,
    openSite,
    sandbox,
    reelButton,
  }) => {
    await connect();
    const options = await openOptions();
    await options.setAskBeforeSpending(false);
    await expect(options.spendingLimit).toHaveValue('20');
    const feed = await openSite(TIKTOK_FEED);
    await feed.call('append', 4);
    const urls = await feed.expectOneButtonPerExpectedItem();
    const { requiredCredits } = (await sandbox.state()).config;
    const fit = Math.floor(20 / requiredCredits);
    expect(urls.length).toBeGreaterThan(fit);

    for (const url of urls.slice(0, fit)) {
      const reel = reelButton(feed, url);
      await reel.click();
      await reel.expectState(/sending|analyzing|done/);
    }
    await expect.poll(async () => (await sandbox.state()).jobs.length).toBe(fit);

    const over = reelButton(feed, urls[fit] ?? '');
    await over.click();
    await expect(await over.confirm.title()).toHaveText('Spending limit reached');
    await expect((await over.confirm.frame()).getByTestId('spend-note')).toHaveText(
      `${fit * requiredCredits} credits went without asking in the last hour; your limit is 20 credits.`,
    );
    await feed.screenshot('hostile-spending-limit');
    await over.confirm.choose('Cancel');
    await feed.page.waitForTimeout(QUIET_MS);
    expect((await sandbox.state()).jobs).toHaveLength(fit);
    // The settings page shows the limit and what went.
    await options.page.reload();
    await expect(options.page.getByTestId('spending-hint')).toContainText(`Spent in the last hour: ${fit * requiredCredits} credits`);
  });
});
