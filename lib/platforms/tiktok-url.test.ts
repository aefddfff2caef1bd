import { describe, expect, it } from 'vitest';
import { parseReferenceUrl, tiktokVideoUrl } from './index';
import { expectRejected, ID } from './reference-expectations';

const OTHER_ID = '7309999999999999999';
const SEC_UID = `MS4wLjABAAAA${'x1_Y-z'.repeat(11)}`;
const canonical = (handle: string, id = ID) => `https://www.tiktok.com/@${handle}/video/${id}`;

describe('a pasted TikTok video link', () => {
  it.each([
    [`https://www.tiktok.com/@sume.demo/video/${ID}`, canonical('sume.demo')],
    [`https://www.tiktok.com/@sume.demo/video/${ID}/`, canonical('sume.demo')],
    [`https://www.tiktok.com/@sume.demo/video/${ID}?is_from_webapp=1&sender_device=pc&web_id=${OTHER_ID}`, canonical('sume.demo')],
    [`https://www.tiktok.com/@sume.demo/video/${ID}?lang=en#comments`, canonical('sume.demo')],
    [`https://www.tiktok.com/@sume.demo/video/${ID}&is_from_webapp=1`, canonical('sume.demo')],
    [`https://tiktok.com/@sume.demo/video/${ID}`, canonical('sume.demo')],
    [`https://m.tiktok.com/@sume.demo/video/${ID}`, canonical('sume.demo')],
    [`http://www.tiktok.com/@sume.demo/video/${ID}`, canonical('sume.demo')],
    [`HTTPS://WWW.TIKTOK.COM/@Sume.Demo/video/${ID}`, canonical('Sume.Demo')],
    [`https://www.tiktok.com:443/@sume.demo/video/${ID}`, canonical('sume.demo')],
    [`https:\\\\www.tiktok.com\\@sume.demo\\video\\${ID}`, canonical('sume.demo')],
    [`  \n https://www.tiktok.com/@sume.demo/video/${ID}\t `, canonical('sume.demo')],
    [`tiktok.com/@sume.demo/video/${ID}`, canonical('sume.demo')],
    [`www.tiktok.com/@sume.demo/video/${ID}`, canonical('sume.demo')],
    [`//www.tiktok.com/@sume.demo/video/${ID}`, canonical('sume.demo')],
    [`https://www.tiktok.com/@.starts.with.dot/video/${ID}`, canonical('.starts.with.dot')],
    [`https://www.tiktok.com/@ends_with_/video/${ID}`, canonical('ends_with_')],
    [`https://www.tiktok.com/@${OTHER_ID}/video/${ID}`, canonical(OTHER_ID)],
    // The `@` slot keeps what the link had, never an invented handle (issue 11); the duplicate
    // guard compares ids (reference-key.ts). secUid: platform notes; empty: yt-dlp TikTokIE test.
    [`https://www.tiktok.com/@${SEC_UID}/video/${ID}`, canonical(SEC_UID)],
    [`https://www.tiktok.com/@/video/${ID}`, canonical('')],
    // `/share/video/<id>` on the site and the app's share host: yt-dlp TikTokIE tests (2026-08, PR #17459), gallery-dl tests.
    [`https://www.tiktok.com/share/video/${ID}/`, canonical('_')],
    [`https://www.tiktokv.com/share/video/${ID}/?u_code=x`, canonical('_')],
    // A valid link with a very long tracking query: the query is dropped, whatever its length.
    [`https://www.tiktok.com/@sume.demo/video/${ID}?${'is_from_webapp=1&sender_device=pc&'.repeat(200)}`, canonical('sume.demo')],
    [`https://m.tiktok.com/v/${ID}.html`, canonical('_')],
    [`https://m.tiktok.com/v/${ID}.html?u_code=abc&preview_pb=0`, canonical('_')],
    [`https://www.tiktok.com/v/${ID}`, canonical('_')],
    [`https://www.tiktok.com/embed/${ID}`, canonical('_')],
    [`https://www.tiktok.com/embed/v2/${ID}?lang=en-US`, canonical('_')],
    [`https://www.tiktok.com/player/v1/${ID}?autoplay=1&music_info=1`, canonical('_')],
  ])('%j → %s', (input, canonicalUrl) => {
    expect(parseReferenceUrl(input)).toEqual({ ok: true, platform: 'tiktok', kind: 'video', id: ID, canonicalUrl });
  });
});

describe('a pasted TikTok short link (followed by the background before deciding)', () => {
  it.each([
    ['https://vm.tiktok.com/ZMhvqKXyz/', 'ZMhvqKXyz', 'https://vm.tiktok.com/ZMhvqKXyz/'],
    ['vm.tiktok.com/ZMhvqKXyz', 'ZMhvqKXyz', 'https://vm.tiktok.com/ZMhvqKXyz/'],
    ['http://VM.TIKTOK.COM/ZMhvqKXyz?_r=1', 'ZMhvqKXyz', 'https://vm.tiktok.com/ZMhvqKXyz/'],
    ['https://vt.tiktok.com/ZSabc-12x/', 'ZSabc-12x', 'https://vt.tiktok.com/ZSabc-12x/'],
    ['https://www.tiktok.com/t/ZTR-45abc/', 'ZTR-45abc', 'https://www.tiktok.com/t/ZTR-45abc/'],
    ['https://tiktok.com/t/ZTRabc123?is_from_webapp=1', 'ZTRabc123', 'https://www.tiktok.com/t/ZTRabc123/'],
  ])('%j → %s', (input, id, canonicalUrl) => {
    expect(parseReferenceUrl(input)).toEqual({ ok: true, platform: 'tiktok', kind: 'short_link', id, canonicalUrl });
  });
});

describe('TikTok links that are not a single video', () => {
  it.each([
    ['https://www.tiktok.com/@sume.demo', 'profile'],
    ['https://www.tiktok.com/share/live/7301234567890123456', 'LIVE'],
    ['https://www.tiktok.com/share/user/6789', 'single video'],
    ['https://www.tiktok.com/share/video/123', 'cut off'],
    ['https://www.tiktokv.com/@sume.demo/video/7301234567890123456', 'single video'],
    ['https://www.tiktok.com/@sume.demo/', 'profile'],
    [`https://www.tiktok.com/@sume.demo?share_item_id=${ID}`, 'profile'],
    [`https://www.tiktok.com/@${ID}`, 'profile'],
    ['https://www.tiktok.com/@sume.demo/live', 'LIVE'],
    ['https://www.tiktok.com/live', 'LIVE'],
    [`https://www.tiktok.com/@sume.demo/photo/${ID}`, 'photo'],
    [`https://www.tiktok.com/music/original-sound-${ID}`, 'sound'],
    ['https://www.tiktok.com/tag/fyp', 'hashtag'],
    [`https://www.tiktok.com/@sume.demo/playlist/best-${ID}`, 'playlist'],
    [`https://www.tiktok.com/@sume.demo/collection/saved-${ID}`, 'collection'],
    ['https://www.tiktok.com/explore', 'Explore'],
    ['https://www.tiktok.com/discover/ugc-ads', 'topic'],
    [`https://www.tiktok.com/sticker/wow-${ID}`, 'sticker'],
    [`https://www.tiktok.com/place/Paris-${ID}`, 'place'],
    ['https://www.tiktok.com/search?q=ugc', 'search'],
    ['https://www.tiktok.com/foryou', 'For You'],
    ['https://www.tiktok.com/following', 'Following'],
    [`https://www.tiktok.com/?item_id=${ID}`, 'home feed'],
    [`https://www.tiktok.com/@sume.demo/video/${ID.slice(1)}`, '19 digits'],
    [`https://www.tiktok.com/@sume.demo/video/${ID}7`, '19 digits'],
    ['https://www.tiktok.com/@sume.demo/video/', '19 digits'],
    [`https://www.tiktok.com/@sume.demo/video/%37${ID.slice(1)}`, '19 digits'],
    [`https://www.tiktok.com/embed/v2/${ID.slice(2)}`, '19 digits'],
    [`https://www.tiktok.com/@sume.demo/video/${ID}/comments`, 'single video'],
    [`https://www.tiktok.com/video/${ID}`, 'single video'],
    [`https://www.tiktok.com/embed/v3/${ID}`, 'single video'],
    [`https://www.tiktok.com/constructor`, 'single video'],
    [`https://www.tiktok.com/@bad-handle!/video/${ID}`, 'handle'],
    [`https://www.tiktok.com/@${'a'.repeat(25)}/video/${ID}`, 'handle'],
    [`https://www.tiktok.com/@sume.demo%2Fvideo%2F${ID}`, '%2F'],
    [`https://www.tiktok.com/@sume.demo%5cvideo%5c${ID}`, '%5C'],
    ['https://vm.tiktok.com/', 'no code'],
    ['https://vm.tiktok.com/ZMhvqKXyz/extra', 'no code'],
    ['https://www.tiktok.com/t/', 'no code'],
    ['https://vm.tiktok.com/ab/', 'cut off'],
    ['https://ads.tiktok.com/', 'does not show videos'],
  ])('%j is rejected (reason mentions %j)', (input, mentions) => {
    expectRejected(input, mentions);
  });
});

describe('tiktokVideoUrl (handle and id read from the page)', () => {
  it.each([
    ['sume.demo', ID, canonical('sume.demo')],
    ['@sume.demo', ID, canonical('sume.demo')],
    [' sume.demo\n', ` ${ID} `, canonical('sume.demo')],
    ['.dot_', ID, canonical('.dot_')],
    [OTHER_ID, ID, canonical(OTHER_ID)],
    ['_', ID, canonical('_')],
    [SEC_UID, ID, canonical(SEC_UID)],
    ['', ID, null],
    ['@', ID, null],
    ['sume demo', ID, null],
    ['a'.repeat(25), ID, null],
    ['sume.demo', ID.slice(1), null],
    ['sume.demo', `${ID}0`, null],
    ['sume.demo', '７３０１２３４５６７８９０１２３４５６', null],
    ['sume.demo', `${ID}?lang=en`, null],
  ])('(%j, %j) → %j', (handle, id, expected) => {
    expect(tiktokVideoUrl(handle, id)).toBe(expected);
  });
});
