// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { outlineWatchedVideo } from './page-outline';

/** happy-dom lays nothing out: give every <video> a box on screen, the others none. */
function layOut(area: (video: HTMLVideoElement) => number = () => 1) {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const side = this instanceof HTMLVideoElement ? Math.sqrt(area(this)) * 100 : 0;
    return { left: 0, top: 0, right: side, bottom: side, width: side, height: side, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('the outline in a problem report', () => {
  it('keeps tags, roles and attribute names, and nothing a person wrote or a link said', () => {
    document.body.innerHTML = `
      <main><article class="css-1-ItemContainer" data-e2e="recommend-list-item-container">
        <div mode="0"><div id="xgwrapper-0-7301234567890123456"><video src="https://v16.example/secret.mp4" playsinline></video></div>
        <div data-sume-capture=""><b>ours</b></div></div>
        <a href="/@luna.bakes?lang=en" role="link"><h3>luna.bakes</h3></a>
        <p>Private caption with my-account@example.com</p>
        <svg role="img" aria-label="Like"><path d="M0"></path></svg>
      </article></main>`;
    layOut();
    const outline = outlineWatchedVideo('data-sume-capture');
    const text = outline?.lines.join('\n') ?? '';
    expect(text).toContain('article {class data-e2e}');
    expect(text).toContain('video {playsinline src} ← video');
    expect(text).toContain('a[role=link] {href}');
    expect(text).toContain('[Sume button]');
    expect(text).toContain('svg[role=img] {aria-label}');
    for (const secret of ['luna', 'Private', 'example', '7301234567890123456', 'ItemContainer', 'recommend', 'ours', 'secret', 'M0']) {
      expect(text).not.toContain(secret);
    }
    expect(outline?.truncated).toBe(false);
  });

  it('a role a page made up to carry words is not repeated', () => {
    document.body.innerHTML = `<main><div role="jane.doe@example.com"><video></video></div></main>`;
    layOut();
    expect(outlineWatchedVideo('data-sume-capture')?.lines.join('\n')).toContain('div[role=?]');
  });

  it('outlines the most visible video, a few levels up, and stays bounded on a huge page', () => {
    const items = Array.from({ length: 400 }, (_, i) => `<section><div><video data-n="${i}"></video></div></section>`).join('');
    document.body.innerHTML = `<main><div>${items}</div></main>`;
    layOut((video) => (video.getAttribute('data-n') === '7' ? 4 : 1));
    const outline = outlineWatchedVideo('data-sume-capture');
    expect(outline?.truncated).toBe(true);
    expect(outline?.lines.length).toBe(160);
    expect(outline?.lines.join('\n')).toContain('video {data-n} ← video');
    // The eighth video is the marked one: everything before it is seven whole items.
    expect(outline?.lines.findIndex((line) => line.endsWith('← video'))).toBe(2 + 7 * 3 + 2);
  });

  it('no video on screen: nothing to outline', () => {
    document.body.innerHTML = `<main><video></video></main>`;
    layOut(() => 0);
    expect(outlineWatchedVideo('data-sume-capture')).toBeNull();
  });
});
