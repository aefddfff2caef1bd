// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instagramAdapter } from './adapters/instagram';
import { tiktokAdapter } from './adapters/tiktok';
import type { PlatformAdapter } from './adapter';
import { createCaptureController, EAGER_BUTTONS, HOST_ATTRIBUTE, type MountButton, type Proximity } from './capture-controller';
import { observeElements } from './element-observer';

/** Mounts a plain element as the "button", the way the real mounter does, minus Preact. */
const mount: MountButton = (item, registerHost) => {
  const host = document.createElement('sume-capture-button');
  host.setAttribute(HOST_ATTRIBUTE, '');
  const show = (shown: typeof item) => {
    host.setAttribute('data-sume-url', shown.url);
    host.toggleAttribute('data-unverified', shown.unverified === true);
  };
  show(item);
  item.mountPoint.prepend(host);
  registerHost(host);
  return { update: show, analyze: () => {}, remove: () => host.remove() };
};

let abort: AbortController;
let path = '/foryou';

let personActed = true;

function start(adapter: PlatformAdapter, visibleArea?: (e: Element) => number) {
  const controller = createCaptureController({
    adapter,
    mount,
    pageUrl: () => new URL(`https://www.${adapter.platform}.com${path}`),
    personActed: () => personActed,
    ...(visibleArea ? { visibleArea } : {}),
  });
  controller.scan(document);
  observeElements(document, controller, abort.signal);
  return controller;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const hosts = () => [...document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)].map((h) => h.getAttribute('data-sume-url'));
const id = (n: number) => `73012345678${String(n).padStart(8, '0')}`;
const feedItem = (n: number) =>
  `<article data-e2e="recommend-list-item-container"><div mode="0"><div id="xgwrapper-0-${id(n)}"><video></video></div></div><a href="/@user${n}"><h3 data-e2e="video-author-uniqueid">user${n}</h3></a></article>`;
const url = (n: number) => `https://www.tiktok.com/@user${n}/video/${id(n)}`;

beforeEach(() => {
  abort = new AbortController();
  path = '/foryou';
  personActed = true;
  document.body.innerHTML = '<div id="column-list-container"></div>';
});
afterEach(() => abort.abort());

describe('one button per video, whatever the page does', () => {
  it('items present at start and items appended later each get one button', async () => {
    const list = document.getElementById('column-list-container')!;
    list.innerHTML = feedItem(1) + feedItem(2);
    const controller = start(tiktokAdapter);
    list.insertAdjacentHTML('beforeend', feedItem(3) + feedItem(4));
    await settle();
    expect(hosts()).toEqual([url(1), url(2), url(3), url(4)]);
    expect(controller.size).toBe(4);
  });

  it('removed items take their buttons with them', async () => {
    const list = document.getElementById('column-list-container')!;
    list.innerHTML = feedItem(1) + feedItem(2) + feedItem(3);
    const controller = start(tiktokAdapter);
    list.firstElementChild!.remove();
    list.firstElementChild!.remove();
    await settle();
    expect(hosts()).toEqual([url(3)]);
    expect(controller.size).toBe(1);
  });

  it('a re-rendered item still has exactly one button', async () => {
    const list = document.getElementById('column-list-container')!;
    list.innerHTML = feedItem(1);
    start(tiktokAdapter);
    list.firstElementChild!.replaceWith(document.createRange().createContextualFragment(feedItem(1)));
    await settle();
    expect(hosts()).toEqual([url(1)]);
  });

  it('an item whose author arrives late gets its button when it does', async () => {
    const list = document.getElementById('column-list-container')!;
    list.innerHTML = `<article data-e2e="recommend-list-item-container"><div mode="0"><div id="xgwrapper-0-${id(7)}"><video></video></div></div></article>`;
    start(tiktokAdapter);
    expect(hosts()).toEqual([]);
    list.firstElementChild!.insertAdjacentHTML('beforeend', '<a href="/@user7"><h3 data-e2e="video-author-uniqueid">user7</h3></a>');
    await settle();
    expect(hosts()).toEqual([url(7)]);
  });

  it('when the site removes only our button, it comes back (a few times, not forever)', async () => {
    const list = document.getElementById('column-list-container')!;
    list.innerHTML = feedItem(1);
    start(tiktokAdapter);
    for (let round = 1; round <= 5; round++) {
      document.querySelector(`[${HOST_ATTRIBUTE}]`)?.remove();
      await settle();
      expect(hosts()).toHaveLength(round <= 3 ? 1 : 0);
    }
  });

  it('1,000 appended items, then virtualization: one button per present item', async () => {
    const list = document.getElementById('column-list-container')!;
    const controller = start(tiktokAdapter);
    for (let batch = 0; batch < 10; batch++) {
      list.insertAdjacentHTML('beforeend', Array.from({ length: 100 }, (_, i) => feedItem(batch * 100 + i)).join(''));
      await settle();
    }
    expect(controller.size).toBe(1000);
    while (list.children.length > 20) list.firstElementChild!.remove();
    await settle();
    expect(controller.size).toBe(20);
    expect(hosts()).toEqual(Array.from({ length: 20 }, (_, i) => url(980 + i)));
  });

  it('names the video being watched, and who posted it (for naming a frame or a screenshot of it)', () => {
    document.getElementById('column-list-container')!.innerHTML = feedItem(1) + feedItem(2);
    const areas = new Map([
      [1, 100],
      [2, 900],
    ]);
    const controller = start(tiktokAdapter, (element) => areas.get(Number(/user(\d+)/.exec(element.innerHTML)?.[1])) ?? 0);
    expect(controller.activeItem()).toMatchObject({ url: url(2), creator: 'user2' });
    const first = document.querySelector('article video')!;
    expect(controller.activeItem(first)).toMatchObject({ url: url(1), creator: 'user1' });
    areas.clear();
    expect(controller.activeItem()).toBeNull();
  });

  it('stop() removes every button', () => {
    document.getElementById('column-list-container')!.innerHTML = feedItem(1) + feedItem(2);
    const controller = start(tiktokAdapter);
    controller.stop();
    expect(hosts()).toEqual([]);
  });
});

describe('items named only by the URL (Instagram reels feed)', () => {
  const reel = (n: number) => `<div data-visualcompletion="ignore-late-mutation" id="r${n}"><video playsinline></video></div>`;

  it('the most visible reel gets the URL’s button, and it follows the URL', async () => {
    path = '/reels/ReelCode001/';
    document.body.innerHTML = `<section><main role="main">${reel(1)}${reel(2)}${reel(3)}</main></section>`;
    let visible = 'r1';
    const controller = start(instagramAdapter, (element) => (element.id === visible ? 100 : 0));
    expect(hosts()).toEqual(['https://www.instagram.com/reel/ReelCode001/']);
    expect(document.querySelector(`#r1 [${HOST_ATTRIBUTE}]`)).not.toBeNull();

    visible = 'r2';
    controller.locationChanged(new URL('https://www.instagram.com/reels/ReelCode002/'));
    expect(hosts()).toEqual(['https://www.instagram.com/reel/ReelCode002/']);
    expect(document.querySelector(`#r2 [${HOST_ATTRIBUTE}]`)).not.toBeNull();
  });

  const unverified = () => [...document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)].map((h) => h.hasAttribute('data-unverified'));

  it('the page rewriting the URL under the same reel (replaceState) marks the button unverified: a click asks, naming the reel', () => {
    path = '/reels/ReelCode001/';
    document.body.innerHTML = `<section><main role="main">${reel(1)}${reel(2)}</main></section>`;
    const controller = start(instagramAdapter, (element) => (element.id === 'r1' ? 100 : 0));
    expect(unverified()).toEqual([false]);
    controller.locationChanged(new URL('https://www.instagram.com/reels/SwappedReel/'));
    expect(hosts()).toEqual(['https://www.instagram.com/reel/SwappedReel/']);
    expect(unverified()).toEqual([true]);
  });

  it('a new reel in view with the URL moves on: verified when the person scrolled, not when nobody did', () => {
    path = '/reels/ReelCode001/';
    document.body.innerHTML = `<section><main role="main">${reel(1)}${reel(2)}${reel(3)}</main></section>`;
    let visible = 'r1';
    const controller = start(instagramAdapter, (element) => (element.id === visible ? 100 : 0));
    visible = 'r2';
    controller.locationChanged(new URL('https://www.instagram.com/reels/ReelCode002/'));
    expect(unverified()).toEqual([false]);
    personActed = false;
    visible = 'r3';
    controller.locationChanged(new URL('https://www.instagram.com/reels/ReelCode003/'));
    expect(hosts()).toEqual(['https://www.instagram.com/reel/ReelCode003/']);
    expect(unverified()).toEqual([true]);
  });

  it('navigating away from a reel removes its button', () => {
    path = '/reels/ReelCode001/';
    document.body.innerHTML = `<section><main role="main">${reel(1)}</main></section>`;
    const controller = start(instagramAdapter);
    controller.locationChanged(new URL('https://www.instagram.com/explore/'));
    expect(hosts()).toEqual([]);
  });
});

describe('what the popup is told about the page', () => {
  /** The video (or the element around it) marked `data-watched` is the one on screen. */
  const onScreen = (element: Element) =>
    element.closest('[data-watched]') || element.querySelector('[data-watched]') ? 100 : element.tagName === 'VIDEO' ? 1 : 0;
  const videos = () => document.getElementsByTagName('video');
  const list = () => document.getElementById('column-list-container')!;

  it('counts videos and buttons, and the watched video is bound', () => {
    list().innerHTML = feedItem(1) + feedItem(2).replace('<video>', '<video data-watched>');
    const controller = start(tiktokAdapter, onScreen);
    expect(controller.report(videos())).toEqual({ videos: 2, buttons: 2, byStructure: 0, unbound: false });
  });

  it('a watched video that nothing could bind is reported unbound', () => {
    list().innerHTML = `${feedItem(1)}<section><div><video data-watched></video></div></section>`;
    const controller = start(tiktokAdapter, onScreen);
    expect(controller.report(videos())).toEqual({ videos: 2, buttons: 1, byStructure: 0, unbound: true });
  });

  it('a watched LIVE card or grid preview is not unbound: the platform never gives those a button', () => {
    list().innerHTML = `${feedItem(1)}<article><div mode="0"><div id="xgwrapper-0-"><video data-watched></video></div></div></article>`;
    expect(start(tiktokAdapter, onScreen).report(videos()).unbound).toBe(false);
    abort.abort();
    abort = new AbortController();
    list().innerHTML = `${feedItem(1)}<a href="/@a/video/${id(9)}"><div id="player-1-${id(9)}"><video data-watched></video></div></a>`;
    expect(start(tiktokAdapter, onScreen).report(videos()).unbound).toBe(false);
  });

  it('buttons bound by the second strategy are counted apart', () => {
    list().innerHTML = `<div><div><div id="player-0-${id(5)}"><video data-watched></video></div></div><a href="/@drifted"><b>drifted</b></a></div>${feedItem(1)}`;
    expect(start(tiktokAdapter, onScreen).report(videos())).toEqual({ videos: 2, buttons: 2, byStructure: 1, unbound: false });
  });
});

describe('a page that keeps thousands of items', () => {
  /** The items the test says are near the viewport, and the listeners the controller left. */
  function fakeProximity() {
    const listeners = new Map<Element, (near: boolean) => void>();
    const proximity: Proximity = { watch: (element, onChange) => void listeners.set(element, onChange), unwatch: (element) => void listeners.delete(element) };
    return { proximity, listeners, set: (element: Element, near: boolean) => listeners.get(element)?.(near) };
  }
  const analyzed: string[] = [];
  const counting: MountButton = (item, registerHost) => {
    const button = mount(item, registerHost);
    return { ...button, analyze: () => void analyzed.push(item.url) };
  };

  it(`mounts the first ${EAGER_BUTTONS} at once, the rest as they come near the viewport, and takes those off again far away`, async () => {
    const list = document.getElementById('column-list-container')!;
    const total = EAGER_BUTTONS + 30;
    list.innerHTML = Array.from({ length: total }, (_, n) => feedItem(n)).join('');
    const near = fakeProximity();
    const measured = new Set<Element>();
    const controller = createCaptureController({
      adapter: tiktokAdapter,
      mount: counting,
      pageUrl: () => new URL('https://www.tiktok.com/foryou'),
      proximity: near.proximity,
      // On screen: only the item the test brings near; every measured one is remembered.
      visibleArea: (element) => {
        measured.add(element);
        return element === list.children[EAGER_BUTTONS + 5] ? 100 : 0;
      },
    });
    controller.scan(document);
    observeElements(document, controller, abort.signal);
    expect(controller.size).toBe(total);
    expect(hosts()).toHaveLength(EAGER_BUTTONS);
    expect(near.listeners.size).toBe(30);

    const late = list.children[EAGER_BUTTONS + 5]!;
    near.set(late, true);
    expect(late.querySelectorAll(`[${HOST_ATTRIBUTE}]`)).toHaveLength(1);
    near.set(late, true);
    expect(hosts()).toHaveLength(EAGER_BUTTONS + 1);
    // What the person watches (the side panel, the shortcut) is looked for among the items with a
    // button only: the eager ones and the one near; the far ones are never measured.
    expect(controller.activeItem()?.url).toBe(url(EAGER_BUTTONS + 5));
    expect(measured.size).toBe(EAGER_BUTTONS + 1);
    near.set(late, false);
    await settle();
    // Off again, and not put back as if the site had taken it: still registered.
    expect(hosts()).toHaveLength(EAGER_BUTTONS);
    expect(controller.size).toBe(total);

    // The menu or the shortcut asks for a far item: it gets its button then.
    expect(controller.analyze(url(EAGER_BUTTONS + 9))).toBe(true);
    expect(analyzed).toEqual([url(EAGER_BUTTONS + 9)]);
    expect(list.children[EAGER_BUTTONS + 9]!.querySelectorAll(`[${HOST_ATTRIBUTE}]`)).toHaveLength(1);

    // An item that leaves the page stops being watched.
    late.remove();
    await settle();
    expect(near.listeners.has(late)).toBe(false);
    expect(controller.size).toBe(total - 1);
  });
});
