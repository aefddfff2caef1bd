import { describe, expect, it } from 'vitest';
import { NOW, upload } from '@/components/uploads/test-uploads';
import { assetMetadata } from './asset-metadata';
import { momentMeta, momentsByReel, momentsOfReel } from './moment';
import { cleanNote, NOTE_MAX_CHARS } from './moment-note';
import { uploadMetaSchema, uploadRecordSchema, type UploadMeta } from './upload-record';

const REEL = 'https://www.tiktok.com/@luna.bakes/video/7390000000000000001';
const SAME_REEL_OTHER_HANDLE = 'https://www.tiktok.com/@_/video/7390000000000000001';
const OTHER_REEL = 'https://www.instagram.com/reel/C9abcdefghij/';

const moment = (id: string, reelUrl: string, seconds: number, change: Partial<UploadMeta> = {}, createdAt = NOW) =>
  upload({ id, source: 'moment', contentType: 'image/png', createdAt, meta: { reelUrl, videoTimeSeconds: seconds, ...change } });

describe('a moment’s note', () => {
  it.each([
    ['kept as typed', 'The hook lands here', 'The hook lands here'],
    ['trimmed, spaces and tabs run together', '  big\t\t reveal  ', 'big reveal'],
    ['line breaks kept, at most one empty line', 'one\r\n\r\n\r\n\ntwo\n', 'one\n\ntwo'],
    ['bidi overrides and zero-width marks gone', 'price\u202e 9.99\u200b$', 'price 9.99 $'],
    ['control characters gone', 'a\u0000b\u0007c', 'a b c'],
  ])('%s', (_, typed, kept) => {
    expect(cleanNote(typed)).toBe(kept);
  });

  it.each([undefined, '', '   \n\t '])('nothing left of %j: no note', (typed) => {
    expect(cleanNote(typed)).toBeUndefined();
  });

  it(`is cut at ${NOTE_MAX_CHARS} characters, never inside an emoji`, () => {
    const long = `${'a'.repeat(NOTE_MAX_CHARS - 1)}😀😀😀`;
    const kept = cleanNote(long)!;
    expect(Array.from(kept)).toHaveLength(NOTE_MAX_CHARS);
    expect(kept.endsWith('😀')).toBe(true);
    expect(uploadMetaSchema.safeParse({ note: kept }).success).toBe(true);
  });

  it('a record with a longer note, or a moment source unknown to the schema, is refused', () => {
    expect(uploadMetaSchema.safeParse({ note: 'x'.repeat(NOTE_MAX_CHARS + 1) }).success).toBe(false);
    expect(uploadRecordSchema.safeParse(moment('m', REEL, 7)).success).toBe(true);
    expect(uploadRecordSchema.safeParse({ ...moment('m', REEL, 7), source: 'clip' }).success).toBe(false);
  });
});

describe('a new moment belongs to a reel', () => {
  it('the reel the page names, with its time and cleaned note', () => {
    expect(
      momentMeta({ platform: 'tiktok', reelUrl: REEL, videoTimeSeconds: 7.25, creator: 'luna.bakes' }, 'https://www.tiktok.com/foryou', '  hook \u200b'),
    ).toEqual({
      platform: 'tiktok',
      reelUrl: REEL,
      videoTimeSeconds: 7.25,
      creator: 'luna.bakes',
      note: 'hook',
    });
  });

  it('else the tab’s address when it is a reel’s page; a note left empty is no note', () => {
    expect(momentMeta({ videoTimeSeconds: 3 }, 'https://www.instagram.com/reel/C9abcdefghij/?igsh=x', ' ')).toEqual({
      reelUrl: OTHER_REEL,
      videoTimeSeconds: 3,
    });
  });

  it.each([
    ['a feed with no reel named', 'https://www.tiktok.com/foryou'],
    ['a profile', 'https://www.instagram.com/luna.bakes/'],
    ['any other site', 'https://example.com/video'],
    ['no address at all', undefined],
  ])('refused on %s', (_, tabUrl) => {
    expect(momentMeta({ videoTimeSeconds: 3 }, tabUrl, 'note')).toBeNull();
  });
});

describe('what Sume receives with a moment', () => {
  it('its timecode and note, where it came from', () => {
    expect(assetMetadata(moment('m', REEL, 7.25, { platform: 'tiktok', note: 'hook', pageUrl: REEL }))).toEqual({
      capture_source: 'moment',
      platform: 'tiktok',
      page_url: REEL,
      reel_url: REEL,
      timecode_seconds: 7.25,
      note: 'hook',
    });
  });

  it('a moment at 0:00 still says so; without a note, no note key', () => {
    expect(assetMetadata(moment('m', REEL, 0))).toEqual({ capture_source: 'moment', reel_url: REEL, timecode_seconds: 0 });
  });

  it('a frame keeps what it always sent', () => {
    expect(assetMetadata(upload({ source: 'frame', meta: { reelUrl: REEL, videoTimeSeconds: 4, note: 'ignored' } }))).toEqual({
      capture_source: 'frame',
      reel_url: REEL,
      video_time_seconds: 4,
    });
  });
});

describe('moments listed under their reel', () => {
  const records = [
    moment('late', REEL, 12.5, { note: 'CTA' }, NOW + 1),
    upload({ id: 'frame', source: 'frame', meta: { reelUrl: REEL, videoTimeSeconds: 3 } }),
    moment('early', SAME_REEL_OTHER_HANDLE, 2, {}, NOW + 2),
    moment('insta', OTHER_REEL, 5, {}, NOW),
    upload({ id: 'orphan', source: 'moment', meta: { videoTimeSeconds: 1 } }),
  ];

  it('one group per video however its link reads, in video order; frames and reel-less records are not moments', () => {
    const groups = momentsByReel(records);
    expect([...groups.keys()]).toEqual(['tiktok:7390000000000000001', 'instagram:C9abcdefghij']);
    expect(groups.get('tiktok:7390000000000000001')?.map((m) => [m.id, m.seconds, m.note])).toEqual([
      ['early', 2, undefined],
      ['late', 12.5, 'CTA'],
    ]);
  });

  it('a reel’s moments are found from any of its links', () => {
    expect(momentsOfReel(records, REEL).map((m) => m.id)).toEqual(['early', 'late']);
    expect(momentsOfReel(records, 'https://www.tiktok.com/@x/video/7390000000000000009')).toEqual([]);
  });

  it('carries the asset’s page once Sume gave one', () => {
    const done = { ...moment('m', REEL, 1), status: 'done' as const, assetUrl: 'https://www.sume.so/library/assets/asset_1' };
    expect(momentsOfReel([done], REEL)[0]).toMatchObject({ status: 'done', assetUrl: 'https://www.sume.so/library/assets/asset_1' });
  });
});
