import { describe, expect, it } from 'vitest';
import { referenceResultFor } from '@/tests/sandbox/results';
import { normaliseResult, summaryOf } from './format-result';
import { humaniseKey } from './result-keys';
import { resultToText } from './result-text';
import { safeHttpUrl } from '@/lib/ui/safe-url';
import { formatRange, formatTimestamp, parseSeconds } from './timestamps';

describe('timestamps', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [59.9, '0:59'],
    [75, '1:15'],
    [600, '10:00'],
    [3725, '1:02:05'],
    [-1, ''],
    [Number.NaN, ''],
  ])('formats %s seconds as "%s"', (seconds, text) => expect(formatTimestamp(seconds)).toBe(text));

  it.each([
    [0, 3, '0:00–0:03'],
    [5, undefined, '0:05'],
    [7, 7, '0:07'],
    [undefined, 9, '–0:09'],
    [undefined, undefined, ''],
  ])('formats the range %s–%s as "%s"', (start, end, text) => expect(formatRange(start, end)).toBe(text));

  it.each([
    [4.5, 4.5],
    ['12', 12],
    ['3.5s', 3.5],
    ['0:07', 7],
    ['1:02:03', 3723],
    ['00:00:05,250', 5.25],
    ['soon', undefined],
    [-3, undefined],
    [null, undefined],
  ])('reads %j as %s seconds', (value, seconds) => expect(parseSeconds(value)).toBe(seconds));
});

describe('normaliseResult', () => {
  it('lays out the sandbox result, keeping the fields it does not know', () => {
    const url = 'https://www.tiktok.com/@cook/video/7300000000000000001';
    const raw = referenceResultFor(url);
    const result = normaliseResult(raw);
    expect(result.summary).toBe(raw.summary);
    expect(result.hook).toEqual({ text: raw.hook.text, start: 0, end: raw.hook.end_seconds, tags: [], extra: {} });
    expect(result.scenes).toHaveLength(raw.scenes.length);
    expect(result.scenes?.[0]).toMatchObject({ start: 0, text: raw.scenes[0]?.description, extra: {} });
    expect(result.transcript?.items?.map((item) => item.text)).toEqual(raw.transcript.map((line) => line.text));
    expect(result.onScreenText?.[1]).toMatchObject({ text: raw.cta.text, start: raw.on_screen_text[1]?.start_seconds });
    expect(result.cta).toMatchObject({ text: raw.cta.text, tags: [raw.cta.type.replace(/_/g, ' ')] });
    expect(result.style.map((field) => field.label)).toEqual(['Format', 'Pacing', 'Audio']);
    expect(Object.keys(result.rest)).toEqual(['duration_seconds', 'platform', 'source_url']);
  });

  it.each([
    ['beats for scenes', { beats: [{ start: 1, end: 2, text: 'Beat' }] }, 'scenes', [{ start: 1, end: 2, text: 'Beat', tags: [], extra: {} }]],
    ['camelCase names', { onScreenText: [{ startSeconds: 2, text: 'SALE' }] }, 'onScreenText', [{ start: 2, text: 'SALE', tags: [], extra: {} }]],
    ['milliseconds', { segments: [{ start_ms: 1500, end_ms: 4000, caption: 'Hi' }] }, 'scenes', [{ start: 1.5, end: 4, text: 'Hi', tags: [], extra: {} }]],
    [
      'start plus duration',
      { shots: [{ time: '0:04', duration: 2, description: 'Wide' }] },
      'scenes',
      [{ start: 4, end: 6, text: 'Wide', tags: [], extra: {} }],
    ],
    ['a plain-string transcript', { transcription: 'Hello there' }, 'transcript', { text: 'Hello there', extra: {} }],
    [
      'transcript segments with extras',
      { transcript: { language: 'en', segments: ['Hi'] } },
      'transcript',
      { items: [{ text: 'Hi', tags: [], extra: {} }], extra: { language: 'en' } },
    ],
    ['a plain-string hook', { hook: 'Wait for it' }, 'hook', { text: 'Wait for it', tags: [], extra: {} }],
    ['call_to_action as text', { call_to_action: 'Link in bio' }, 'cta', { text: 'Link in bio', tags: [], extra: {} }],
    [
      'strings as overlays',
      { text_overlays: ['A', 'B'] },
      'onScreenText',
      [
        { text: 'A', tags: [], extra: {} },
        { text: 'B', tags: [], extra: {} },
      ],
    ],
    ['overview for summary', { overview: 'In short' }, 'summary', 'In short'],
    ['a { job, result } envelope', { job: { id: 'job_1' }, result: { summary: 'Inside' } }, 'summary', 'Inside'],
  ])('accepts %s', (_name, raw, section, expected) => {
    expect(normaliseResult(raw)[section as 'summary']).toEqual(expected);
  });

  it.each([
    ['a scene without any text', { scenes: [{ start: 0 }, { start: 1, text: 'ok' }] }, 'scenes'],
    ['a summary that is not text', { summary: { score: 3 } }, 'summary'],
    ['a hook that is a number', { hook: 4 }, 'hook'],
  ])('leaves %s to the generic view', (_name, raw, key) => {
    const result = normaliseResult(raw);
    expect(result.rest).toEqual(raw);
    expect(result[key as 'summary']).toBeUndefined();
  });

  it('keeps what items hold beyond text and time, and labels shots in words', () => {
    const [scene] = normaliseResult({ scenes: [{ start_seconds: 0, description: 'Pan', shot_type: 'close_up', camera_motion: { speed: 2 } }] }).scenes ?? [];
    expect(scene).toEqual({ start: 0, text: 'Pan', tags: ['close up'], extra: { camera_motion: { speed: 2 } } });
  });

  it.each([
    ['a string', 'just text', { result: 'just text' }],
    ['null', null, {}],
    ['an array', [1, 2], { result: [1, 2] }],
  ])('shows a result that is %s generically', (_name, raw, rest) => expect(normaliseResult(raw).rest).toEqual(rest));

  it('finds the summary for search', () => {
    expect(summaryOf({ synopsis: 'Bread' })).toBe('Bread');
    expect(summaryOf(undefined)).toBe('');
  });
});

describe('resultToText', () => {
  it('writes a readable text version with timestamps and every field', () => {
    const text = resultToText(
      normaliseResult({
        summary: 'A quick recipe.',
        hook: { text: 'Stop scrolling', start_seconds: 0, end_seconds: 3 },
        scenes: [{ start_seconds: 0, end_seconds: 5, description: 'Kitchen', shot_type: 'close_up' }],
        transcript: [{ start_seconds: 65, text: 'Step one' }],
        cta: { text: 'Follow', type: 'follow' },
        pacing: { cuts_per_minute: 12 },
        mood: ['calm', 'warm'],
        nested: { deep: { value: true } },
      }),
      { title: 'TikTok video by @cook', url: 'https://www.tiktok.com/@cook/video/1' },
    );
    expect(text).toBe(
      [
        '# TikTok video by @cook',
        'https://www.tiktok.com/@cook/video/1',
        '',
        '## Summary',
        'A quick recipe.',
        '',
        '## Hook',
        '- [0:00–0:03] Stop scrolling',
        '',
        '## Scenes',
        '- [0:00–0:05] Kitchen (close up)',
        '',
        '## Transcript',
        '- [1:05] Step one',
        '',
        '## Call to action',
        '- Follow (follow)',
        '',
        '## Format, pacing and audio',
        '- Pacing:',
        '  - Cuts per minute: 12',
        '',
        '## Other details',
        '- Mood:',
        '  - calm',
        '  - warm',
        '- Nested:',
        '  - Deep:',
        '    - Value: yes',
        '',
      ].join('\n'),
    );
  });

  it('cuts hostile nesting', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 50; i++) deep = { next: deep };
    const text = resultToText(normaliseResult({ deep }));
    expect(text).toContain('…');
    expect(text).not.toContain('bottom');
  });
});

describe('helpers', () => {
  it.each([
    ['cuts_per_minute', 'Cuts per minute'],
    ['durationSeconds', 'Duration seconds'],
    ['CTA', 'Cta'],
  ])('humanises the key %s', (key, label) => expect(humaniseKey(key)).toBe(label));

  it.each([
    ['https://cdn.example.com/a.jpg', 'https://cdn.example.com/a.jpg'],
    ['http://example.com', 'http://example.com/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['JAVASCRIPT://%0aalert(1)', null],
    [' https://example.com', null],
    ['https://exa mple.com', null],
    ['//example.com', null],
  ])('links %s only when it is http(s)', (value, href) => expect(safeHttpUrl(value)).toBe(href));
});
