// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { instagramAdapter } from './instagram';
import { tiktokAdapter } from './tiktok';

const ID = '7301234567890123456';
const OTHER = '7309999999999999999';

function videoIn(html: string, selector = 'video'): HTMLVideoElement {
  document.body.innerHTML = html;
  const video = document.querySelector<HTMLVideoElement>(selector);
  if (!video) throw new Error('fixture has no video');
  return video;
}

const feedItem = (handle: string, id: string, extra = '') => `
  <article data-e2e="recommend-list-item-container" data-scroll-index="0">
    <div class="css-1a-DivContainer" mode="0"><div class="xgplayer-container" id="xgwrapper-0-${id}"><video></video></div></div>
    <a href="/@${handle}?lang=en"><h3 data-e2e="video-author-uniqueid">${handle}</h3></a>
    <a href="/music/original-sound-${OTHER}">sound</a>${extra}
  </article>`;

describe('TikTok adapter', () => {
  const page = (path: string) => new URL(`https://www.tiktok.com${path}`);

  it('a For You item names itself from its player id and its author link, not from anything else', () => {
    const video = videoIn(feedItem('.dot.handle_', ID));
    const item = tiktokAdapter.resolve(video, page('/foryou'));
    expect(item?.url).toBe(`https://www.tiktok.com/@.dot.handle_/video/${ID}`);
    expect(item?.container.tagName).toBe('ARTICLE');
  });

  it.each([
    [
      'a LIVE card (no post id)',
      `<article data-e2e="recommend-list-item-container"><div mode="0"><div id="xgwrapper-0-"><video></video></div></div><a href="/@u/live">LIVE</a></article>`,
    ],
    ['a video outside any player', `<div><video></video></div>`],
    [
      'a grid tile preview',
      `<div data-e2e="user-post-item"><div mode="1"><div id="xgwrapper-1-${ID}"><video></video></div></div><a href="/@a/video/${ID}"></a></div>`,
    ],
    [
      'a feed item whose author has not rendered yet',
      `<article data-e2e="recommend-list-item-container"><div mode="0"><div id="xgwrapper-0-${ID}"><video></video></div></div></article>`,
    ],
    ['a short number that only looks like an id', feedItem('a', '12345')],
  ])('gives no button to %s', (_what, html) => {
    expect(tiktokAdapter.resolve(videoIn(html), page('/foryou'))).toBeNull();
  });

  it('on a video page trusts the location only when it names the same video', () => {
    const html = `<main id="main-content-video_detail"><div mode="4"><div id="xgwrapper-4-${ID}"><video></video></div></div><span data-e2e="browse-username">real.author</span></main>`;
    expect(tiktokAdapter.resolve(videoIn(html), page(`/@from.url/video/${ID}`))?.url).toBe(`https://www.tiktok.com/@from.url/video/${ID}`);
    // After an in-app navigation the location may lag behind the player: the page's own username wins.
    expect(tiktokAdapter.resolve(videoIn(html), page(`/@from.url/video/${OTHER}`))?.url).toBe(`https://www.tiktok.com/@real.author/video/${ID}`);
  });

  it('the browse overlay over a profile grid names its own video; the grid tiles stay without', () => {
    document.body.innerHTML = `
      <div id="main-content-others_homepage"><div data-e2e="user-post-item"><div mode="1"><div id="xgwrapper-1-${OTHER}"><video id="tile"></video></div></div></div></div>
      <div class="css-9-DivBrowserModeContainer"><div mode="2"><div id="xgwrapper-2-${ID}"><video id="overlay"></video></div></div><span data-e2e="browse-username">creator</span></div>`;
    const overlay = document.getElementById('overlay') as HTMLVideoElement;
    const tile = document.getElementById('tile') as HTMLVideoElement;
    expect(tiktokAdapter.resolve(overlay, page(`/@creator/video/${ID}`))?.url).toBe(`https://www.tiktok.com/@creator/video/${ID}`);
    expect(tiktokAdapter.resolve(tile, page(`/@creator/video/${ID}`))).toBeNull();
  });
});

describe('TikTok adapter, when the markup drifts', () => {
  const page = (path: string) => new URL(`https://www.tiktok.com${path}`);
  // The For You item after a rebuild: no data-e2e, no readable class names, no mode attribute.
  const drifted = (id: string, authors: string, extra = '') => `
    <div class="Qa1"><div class="Qb2"><div class="Qc3"><div id="player-0-${id}"><video></video></div></div>${authors}${extra}</div></div>`;
  const authorLinks = (handle: string) => `<a href="/@${handle}"><span>${handle[0]}</span></a><a href="/@${handle}?lang=en"><h3>${handle}</h3></a>`;
  const feed = (...items: string[]) => `<main>${items.join('')}</main>`;

  it('a feed item is named by its player’s own id and its one author, and asks before spending', () => {
    const video = videoIn(
      feed(drifted(ID, authorLinks('luna.bakes'), '<p><a href="/@someone.else"><strong>@someone.else</strong></a></p>'), drifted(OTHER, authorLinks('b'))),
    );
    const item = tiktokAdapter.resolve(video, page('/foryou'));
    expect(item).toMatchObject({ url: `https://www.tiktok.com/@luna.bakes/video/${ID}`, creator: 'luna.bakes', byStructure: true, unverified: true });
    expect(item?.container.className).toBe('Qb2');
  });

  it.each([
    ['two authors in one box', feed(drifted(ID, authorLinks('a') + authorLinks('b')), drifted(OTHER, authorLinks('c')))],
    ['an ad without an author, among other items', feed(drifted(ID, '<a href="https://ads.example/land">Shop</a>'), drifted(OTHER, authorLinks('c')))],
    ['a preview inside a link', `<main><a href="/@a/video/${ID}"><div id="player-1-${ID}"><video></video></div></a>${authorLinks('a')}</main>`],
    [
      'a box that links to its own video (a grid tile)',
      `<main><div><div id="player-1-${ID}"><video></video></div><p><a href="https://www.tiktok.com/@a/video/${ID}">open</a></p>${authorLinks('a')}</div></main>`,
    ],
    ['a player id that is not a video id', feed(drifted('12345', authorLinks('a')))],
    [
      'a grid player (mode 1) whose test attributes are gone',
      `<main><div mode="1"><div id="player-1-${ID}"><video></video></div></div>${authorLinks('a')}</main>`,
    ],
  ])('gives no button to %s', (_what, html) => {
    expect(tiktokAdapter.resolve(videoIn(html), page('/foryou'))).toBeNull();
  });

  it('on a video page or an overlay, the location names the player’s video only when the ids agree', () => {
    const html = `<main><div><div id="player-4-${ID}"><video></video></div></div><a href="/@stitched"><b>stitched</b></a><a href="/@other"><b>other</b></a></main>`;
    expect(tiktokAdapter.resolve(videoIn(html), page(`/@from.url/video/${ID}`))).toMatchObject({
      url: `https://www.tiktok.com/@from.url/video/${ID}`,
      byStructure: true,
    });
    expect(tiktokAdapter.resolve(videoIn(html), page(`/@from.url/video/${OTHER}`))).toBeNull();
  });

  it('markup the selectors still know is read by them, not by the second strategy', () => {
    expect(tiktokAdapter.resolve(videoIn(feedItem('known', ID)), page('/foryou'))?.byStructure).toBeUndefined();
  });
});

describe('Instagram adapter', () => {
  const page = (path: string) => new URL(`https://www.instagram.com${path}`);
  beforeEach(() => (document.body.innerHTML = ''));

  const post = (href: string | null, video = true) => `
    <section><main role="main"><article>
      <div data-visualcompletion="ignore-late-mutation">${video ? '<video playsinline></video>' : '<img alt="">'}<div role="group"></div></div>
      ${href ? `<a href="${href}"><span><time datetime="2026-01-01T00:00:00Z">1d</time></span></a>` : '<span>Sponsored</span>'}
    </article></main></section>`;

  it.each([
    ['/p/CodeAbc123_/', 'https://www.instagram.com/p/CodeAbc123_/'],
    ['/sume.ads/p/CodeAbc123_/', 'https://www.instagram.com/p/CodeAbc123_/'],
    ['/reel/CodeAbc123_/', 'https://www.instagram.com/reel/CodeAbc123_/'],
  ])('a home-feed post is named by its <time> link %s', (href, url) => {
    expect(instagramAdapter.resolve(videoIn(post(href)), page('/'))?.url).toBe(url);
  });

  it('a sponsored post (no <time>) gets no button', () => {
    expect(instagramAdapter.resolve(videoIn(post(null)), page('/'))).toBeNull();
  });

  it('a reel page loaded directly, or the reels feed, is named by the live location', () => {
    const html = `<section><main role="main"><div data-visualcompletion="ignore-late-mutation"><video playsinline></video></div></main></section>`;
    const onFeed = instagramAdapter.resolve(videoIn(html), page('/reels/CaseSensitive1/'));
    expect(onFeed).toMatchObject({ url: 'https://www.instagram.com/reel/CaseSensitive1/', locationBound: true });
    expect(instagramAdapter.resolve(videoIn(html), page('/reels/'))).toBeNull();
    expect(instagramAdapter.resolve(videoIn(html), page('/reels/audio/1234567890123/'))).toBeNull();
  });

  it('a post opened as a dialog over a profile is named by the dialog, not the page', () => {
    document.body.innerHTML = `
      <section><main role="main"><a href="/p/GridTile0001/"><img alt=""></a></main></section>
      <div role="dialog"><article role="presentation">
        <div data-visualcompletion="ignore-late-mutation"><video playsinline></video></div>
        <a href="/reel/ModalReel01/"><time datetime="2026-01-01">1d</time></a>
      </article></div>`;
    const video = document.querySelector('video') as HTMLVideoElement;
    expect(instagramAdapter.resolve(video, page('/sume.ads/'))?.url).toBe('https://www.instagram.com/reel/ModalReel01/');
  });

  it('a video outside main and dialogs is not ours to name', () => {
    expect(instagramAdapter.resolve(videoIn('<div><video></video></div>'), page('/reel/CodeAbc123_/'))).toBeNull();
  });
  describe('when the markup drifts (no <article>, no video block, no <time>)', () => {
    const post = (links: string, media = '<div aria-hidden="true"><div><video playsinline></video></div></div>') =>
      `<div><div><a href="/atelier.nord/">atelier.nord</a>${links}</div><div>${media}</div><div><a href="/explore/tags/ads/">#ads</a></div></div>`;
    const home = (...posts: string[]) => `<section><main role="main"><div>${posts.join('')}</div></main></section>`;

    it('a post is named by the one post it links to, and asks before spending', () => {
      const video = videoIn(
        home(post('<a href="/p/CodeAbc123_/"><span>1d</span></a><a href="/reel/CodeAbc123_/">reel</a>'), post('<a href="/p/Neighbour01/">2d</a>')),
      );
      expect(instagramAdapter.resolve(video, page('/'))).toMatchObject({
        url: 'https://www.instagram.com/reel/CodeAbc123_/',
        creator: 'atelier.nord',
        byStructure: true,
        unverified: true,
      });
    });

    it.each([
      ['a sponsored post (no permalink) among others', home(post('<span>Sponsored</span>'), post('<a href="/p/Neighbour01/">2d</a>', '<video></video>'))],
      ['a box linking to two posts', home(post('<a href="/p/CodeAbc123_/">1d</a><a href="/p/Neighbour01/">see also</a>'))],
    ])('gives no button to %s', (_what, html) => {
      expect(instagramAdapter.resolve(videoIn(html), page('/'))).toBeNull();
    });
  });
});
