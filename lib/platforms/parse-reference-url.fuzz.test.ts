import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_URLS } from '../../tests/data/adversarial-urls';
import { instagramPermalinkUrl, parseReferenceUrl, tiktokVideoUrl, type ParsedReference } from './index';

function expectWellFormed(result: ParsedReference): void {
  if (result.ok) expect(result.canonicalUrl.startsWith('https://')).toBe(true);
  else expect(result.reason.length).toBeGreaterThan(0);
}

const handle = fc.stringMatching(/^[A-Za-z0-9._]{1,24}$/);
const videoId = fc.stringMatching(/^\d{19}$/);
const igCode = fc.stringMatching(/^[A-Za-z0-9_-]{10,64}$/);
const RESERVED_FIRST_SEGMENTS = new Set(['p', 'reel', 'reels', 'tv', 'share', 'stories', 'explore', 'direct', 'accounts']);
const igUser = fc.stringMatching(/^[A-Za-z0-9._]{1,30}$/).filter((user) => !RESERVED_FIRST_SEGMENTS.has(user));
const tracking = fc.constantFrom('', '?is_from_webapp=1&web_id=7311111111111111111', '?lang=en#c', '?igsh=MWx2eXo4', '&igsh=xyz', '#top');

/** URL-ish text assembled from the pieces the parser branches on, so properties hit ok results too. */
const urlLike = fc
  .tuple(
    fc.constantFrom('https://', 'http://', '', '//', 'javascript:', 'HTTPS://'),
    fc.constantFrom(
      'www.tiktok.com',
      'tiktok.com',
      'm.tiktok.com',
      'vm.tiktok.com',
      'vt.tiktok.com',
      'www.instagram.com',
      'm.instagram.com',
      'instagram.com@evil.example',
      'tiktok.com.evil.example',
      'www.tiktok.com:443',
    ),
    fc.array(
      fc.oneof(
        fc.constantFrom(
          '@sume.demo',
          '@',
          'video',
          'v',
          'embed',
          'v2',
          'player',
          'v1',
          't',
          'reel',
          'reels',
          'p',
          'tv',
          'share',
          'audio',
          'live',
          'photo',
          `7301234567890123456`,
          '7301234567890123456.html',
          'C1a2B3c4D5e',
          'ZMhvqKXyz',
          '%2F',
          '..',
          '&igsh=1',
        ),
        handle.map((h) => `@${h}`),
        igCode,
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 5 },
    ),
    tracking,
  )
  .map(([scheme, host, segments, suffix]) => `${scheme}${host}/${segments.join('/')}${suffix}`);

describe('parseReferenceUrl on arbitrary input', () => {
  it.each([
    ['short strings', fc.string()],
    ['strings up to 100 000 characters', fc.string({ maxLength: 100_000 })],
    ['long strings past the length cap', fc.string({ minLength: 2_049, maxLength: 100_000 })],
    ['full Unicode strings (astral planes, lone surrogates)', fc.string({ unit: 'binary', maxLength: 3_000 })],
    ['web URLs', fc.webUrl({ withQueryParameters: true, withFragments: true })],
    ['URL-like TikTok and Instagram text', urlLike],
  ])('never throws and gives a well-formed answer for %s', (_name, arbitrary) => {
    fc.assert(fc.property(arbitrary, (input) => expectWellFormed(parseReferenceUrl(input))));
  });
});

describe('parseReferenceUrl on adversarial 100 KB and just-under-the-cap inputs', () => {
  // How long the worst of these takes is a benchmark figure (`npm run bench`), not a test.
  it.each(ADVERSARIAL_URLS.map(({ name, input }) => [name, input]))('%s gets a well-formed answer', (_name, input) => {
    expectWellFormed(parseReferenceUrl(input ?? ''));
  });

  it('a valid link is still the video however long its tracking query runs', () => {
    for (const { input } of ADVERSARIAL_URLS.filter(({ name }) => name.startsWith('a tracking query'))) {
      expect(parseReferenceUrl(input)).toMatchObject({ ok: true, canonicalUrl: 'https://www.tiktok.com/@a/video/7301234567890123456' });
    }
  });
});

describe('round trips through the helpers', () => {
  it('a TikTok handle and 19-digit id parse back to the same canonical URL, however decorated', () => {
    fc.assert(
      fc.property(handle, videoId, fc.constantFrom('https://www.', 'https://', 'http://m.', ''), tracking, (h, id, prefix, suffix) => {
        const url = tiktokVideoUrl(h, id);
        expect(url).toBe(`https://www.tiktok.com/@${h}/video/${id}`);
        const decorated = `${prefix}tiktok.com/@${h}/video/${id}${suffix}`;
        expect(parseReferenceUrl(url ?? '')).toEqual({ ok: true, platform: 'tiktok', kind: 'video', id, canonicalUrl: url });
        expect(parseReferenceUrl(decorated)).toEqual({ ok: true, platform: 'tiktok', kind: 'video', id, canonicalUrl: url });
      }),
    );
  });

  it('an Instagram code parses back to the same canonical URL, however decorated', () => {
    fc.assert(
      fc.property(fc.constantFrom('reel', 'post') as fc.Arbitrary<'reel' | 'post'>, igCode, igUser, tracking, (kind, code, user, suffix) => {
        const url = instagramPermalinkUrl(kind, code);
        const section = kind === 'reel' ? 'reel' : 'p';
        expect(url).toBe(`https://www.instagram.com/${section}/${code}/`);
        const expected = { ok: true, platform: 'instagram', kind, id: code, canonicalUrl: url };
        expect(parseReferenceUrl(url ?? '')).toEqual(expected);
        expect(parseReferenceUrl(`instagram.com/${user}/${section}/${code}/${suffix}`)).toEqual(expected);
        const alias = kind === 'reel' ? 'reels' : 'tv';
        expect(parseReferenceUrl(`https://www.instagram.com/${alias}/${code}${suffix}`)).toEqual(expected);
      }),
    );
  });
});

/** Links of the accepted shapes, decorated: so that the fixed-point property is mostly about ok results. */
const acceptedShape = fc.oneof(
  fc
    .tuple(fc.constantFrom('https://www.', 'https://', 'http://m.', ''), handle, videoId, tracking)
    .map(([prefix, h, id, suffix]) => `${prefix}tiktok.com/@${h}/video/${id}${suffix}`),
  fc
    .tuple(fc.constantFrom('reel', 'reels', 'p', 'tv'), igCode, tracking)
    .map(([section, code, suffix]) => `https://www.instagram.com/${section}/${code}/${suffix}`),
);

describe('canonical URLs are fixed points', () => {
  it('re-parsing the canonicalUrl of any accepted input gives the same result', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(urlLike, acceptedShape), (input) => {
        const result = parseReferenceUrl(input);
        if (!result.ok) return;
        accepted += 1;
        expect(parseReferenceUrl(result.canonicalUrl)).toEqual(result);
      }),
      { numRuns: 2_000 },
    );
    // Guards the generators: a property over only rejections would prove nothing. About half the
    // runs draw an accepted shape, so a few hundred is far from any chance shortfall.
    expect(accepted).toBeGreaterThan(300);
  });
});
