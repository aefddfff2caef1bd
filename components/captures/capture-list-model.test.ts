import { describe, expect, it } from 'vitest';
import { capturePhase } from '@/lib/captures/capture-record';
import { canRetry, captureFailure, filterCaptures, phaseChanges, retryLabel, sortCaptures, type StatusFilter } from './capture-list-model';
import { SAMPLE_RECORDS } from './test-records';

const ids = (query: string, status: StatusFilter, summaries = new Map<string, string>()) =>
  filterCaptures(SAMPLE_RECORDS, { query, status }, summaries).visible.map((record) => record.id);

describe('filterCaptures', () => {
  it.each<[string, StatusFilter, string[]]>([
    ['', 'all', ['c1', 'c2', 'c3', 'c4', 'c5']],
    ['', 'active', ['c2', 'c3']],
    ['', 'done', ['c1']],
    ['', 'failed', ['c4', 'c5']],
    ['@gym', 'all', ['c3', 'c4']],
    ['GYM 444', 'all', ['c4']],
    ['instagram reel', 'all', ['c2']],
    ['instagram', 'failed', ['c5']],
    ['tiktok video by @baker', 'all', ['c1']],
    ['nothing-like-this', 'all', []],
  ])('"%s" with status %s shows %j', (query, status, expected) => expect(ids(query, status)).toEqual(expected));

  it('searches result summaries too', () => {
    expect(ids('sourdough', 'all', new Map([['c1', 'A sourdough baking hack']]))).toEqual(['c1']);
  });

  it('counts each status among what the search matches', () => {
    expect(filterCaptures(SAMPLE_RECORDS, { query: '', status: 'done' }).counts).toEqual({ all: 5, active: 2, done: 1, failed: 2 });
    expect(filterCaptures(SAMPLE_RECORDS, { query: 'gym', status: 'all' }).counts).toEqual({ all: 2, active: 1, done: 0, failed: 1 });
  });
});

describe('failures', () => {
  it.each([
    ['c1', null],
    ['c4', { title: 'That didn’t work', message: 'This video is private.', code: 'unsupported_url', requestId: 'req_abc123' }],
    ['c5', { title: 'Sume could not analyze this video', message: 'The video was deleted.', code: 'video_unavailable' }],
  ])('capture %s fails with %j', (id, failure) => {
    expect(captureFailure(SAMPLE_RECORDS.find((record) => record.id === id)!)).toEqual(failure);
  });

  it.each([
    ['c4', true, 'Retry'],
    ['c5', true, 'Analyze again'],
    ['c1', false, undefined],
  ])('capture %s can be retried: %s (%s)', (id, expected, label) => {
    const record = SAMPLE_RECORDS.find((r) => r.id === id)!;
    expect(canRetry(record)).toBe(expected);
    if (label) expect(retryLabel(record)).toBe(label);
  });
});

describe('phaseChanges', () => {
  it('names what moved on, and what is new', () => {
    const before = new Map([
      ['c1', 'analyzing' as const],
      ['c2', 'analyzing' as const],
    ]);
    expect(phaseChanges(before, SAMPLE_RECORDS.slice(0, 3))).toEqual(['TikTok video by @baker: done', 'TikTok video by @gym added: queued']);
  });
});

describe('sortCaptures', () => {
  it('newest and oldest first by when they were captured', () => {
    const dated = SAMPLE_RECORDS.map((record, index) => ({ ...record, createdAt: 1_700_000_000_000 + [3, 1, 4, 0, 2][index]! * 1000 }));
    expect(sortCaptures(dated, 'newest').map((record) => record.id)).toEqual(['c3', 'c1', 'c5', 'c2', 'c4']);
    expect(sortCaptures(dated, 'oldest').map((record) => record.id)).toEqual(['c4', 'c2', 'c5', 'c1', 'c3']);
  });

  it('by status: failures first, then work in progress, then done', () => {
    const phases = sortCaptures(SAMPLE_RECORDS, 'status').map((record) => capturePhase(record));
    expect(phases.indexOf('done')).toBe(phases.length - 1);
    expect(phases.slice(0, 2)).toEqual(['failed', 'failed']);
  });

  it('by creator, alphabetically whatever the case, and searchable by the caption the page showed', () => {
    const described = [
      { ...SAMPLE_RECORDS[0]!, id: 'z', reel: { creator: 'zoe', caption: 'Sourdough in 3 steps' } },
      { ...SAMPLE_RECORDS[0]!, id: 'a', reel: { creator: 'Anna' } },
    ];
    expect(sortCaptures(described, 'creator').map((record) => record.id)).toEqual(['a', 'z']);
    expect(filterCaptures(described, { query: 'sourdough', status: 'all' }).visible.map((record) => record.id)).toEqual(['z']);
  });
});
