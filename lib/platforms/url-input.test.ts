import { describe, expect, it } from 'vitest';
import { parseReferenceUrl } from './index';
import { expectReadableReason, expectRejected, ID } from './reference-expectations';
import { MAX_INPUT_LENGTH, readWebUrl } from './url-input';

const VIDEO_PATH = `/@sume.demo/video/${ID}`;
const REEL_PATH = '/reel/C1a2B3c4D5e/';

describe('reading pasted text as a web URL', () => {
  it.each([
    [`https://www.tiktok.com${VIDEO_PATH}?a=1#b`, 'www.tiktok.com', ['@sume.demo', 'video', ID]],
    [`tiktok.com${VIDEO_PATH}`, 'tiktok.com', ['@sume.demo', 'video', ID]],
    [`www.tiktok.com:443${VIDEO_PATH}`, 'www.tiktok.com', ['@sume.demo', 'video', ID]],
    ['https://www.instagram.com//reel//C1a2B3c4D5e//', 'www.instagram.com', ['reel', 'C1a2B3c4D5e']],
    ['https://www.instagram.com/reel/C1a2B3c4D5e/&igsh=a/b', 'www.instagram.com', ['reel', 'C1a2B3c4D5e']],
    // A valid link with a very long tracking query: the query is dropped, not a reason to refuse (issue 11).
    [`https://www.tiktok.com${VIDEO_PATH}?is_from_webapp=1&${'utm_x=1&'.repeat(5_000)}`, 'www.tiktok.com', ['@sume.demo', 'video', ID]],
    [`https://www.instagram.com/reel/C1a2B3c4D5e/#${'x'.repeat(100_000)}`, 'www.instagram.com', ['reel', 'C1a2B3c4D5e']],
  ])('%j → host %j, segments %j', (input, hostname, segments) => {
    expect(readWebUrl(input)).toEqual({ ok: true, hostname, segments });
  });
});

describe('pasted text that is refused before looking at the path', () => {
  it.each([
    ['', 'Paste'],
    ['   \n\t', 'Paste'],
    ['javascript:alert(1)', 'web links'],
    ['JavaScript:alert(document.domain)//https://www.tiktok.com/', 'web links'],
    ['data:text/html,<script>alert(1)</script>', 'web links'],
    ['blob:https://www.tiktok.com/0b8e6d3c-1f0a-4a53-9a5e-0c1b2d3e4f50', 'web links'],
    ['file:///etc/passwd', 'web links'],
    [`ftp://www.tiktok.com${VIDEO_PATH}`, 'web links'],
    [`view-source:https://www.tiktok.com${VIDEO_PATH}`, 'web links'],
    [`https://instagram.com@evil.example${REEL_PATH}`, 'user name'],
    [`https://evil.example@www.tiktok.com${VIDEO_PATH}`, 'user name'],
    [`https://user:pass@www.instagram.com${REEL_PATH}`, 'user name'],
    [`https://tiktok.com.evil.example${VIDEO_PATH}`, 'only looks like TikTok'],
    [`https://evil-tiktok.com${VIDEO_PATH}`, 'only looks like TikTok'],
    [`https://www.tiktok.com.${VIDEO_PATH}`, 'only looks like TikTok'],
    [`https://instagram.com.evil.example${REEL_PATH}`, 'only looks like Instagram'],
    [`https://www.tiktok.co${VIDEO_PATH}`, 'only looks like TikTok'],
    [`https://www.youtube.com/shorts/abcdefghijk`, 'not on tiktok.com or instagram.com'],
    [`https://www.t\u0456ktok.com${VIDEO_PATH}`, 'unusual'],
    [`https://\uFF57\uFF57\uFF57.tiktok.com${VIDEO_PATH}`, 'unusual'],
    [`https://www.tik%74ok.com${VIDEO_PATH}`, 'encoded'],
    [`https://www.xn--tktok-n2e.com${VIDEO_PATH}`, 'international'],
    [`https://XN--NSTAGRAM-SHH.com${REEL_PATH}`, 'international'],
    [`https://www.tiktok.com:8443${VIDEO_PATH}`, 'port'],
    [`http://www.tiktok.com:443${VIDEO_PATH}`, 'port'],
    [`https://www.tiktok.com/@${'a'.repeat(MAX_INPUT_LENGTH)}/video/7301234567890123456`, 'too long'],
    [`https://www.tiktok.com/${'a/'.repeat(MAX_INPUT_LENGTH)}?x=1`, 'too long'],
    ['https://[::1]/reel/C1a2B3c4D5e/', 'not on tiktok.com'],
    ['https://', 'not a valid link'],
  ])('%j is rejected (reason mentions %j)', (input, mentions) => {
    expectRejected(input, mentions);
  });

  it.each([[undefined], [null], [42], [{ href: `https://www.tiktok.com${VIDEO_PATH}` }]])('answers instead of throwing for a non-string (%j)', (input) => {
    const result = parseReferenceUrl(input as unknown as string);
    expect(result.ok).toBe(false);
    if (!result.ok) expectReadableReason(result.reason);
  });
});

describe('plain words', () => {
  it.each(['not a url', 'sume api', 'my favourite reel'])('%j is called what it is, not a look-alike', (input) => {
    const result = readWebUrl(input);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^That is not a link/) });
  });
});
