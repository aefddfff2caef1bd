import { describe, expect, it } from 'vitest';
import type { CaptureRecord } from '@/lib/captures/capture-record';
import { type ExportFormat, type ExportItem, exportCaptures } from './export-captures';
import { captureRecord, SAMPLE_RECORDS } from './test-records';

const NOW = new Date('2026-11-30T12:00:00.000Z');
const FORMATS: ExportFormat[] = ['markdown', 'csv', 'json'];

function sample(id: string): CaptureRecord {
  const record = SAMPLE_RECORDS.find((candidate) => candidate.id === id);
  if (!record) throw new Error(`no sample record ${id}`);
  return record;
}

/** A finished analysis as Sume returns it: summary, hook, timed scenes and transcript, CTA. */
const LEMON_TART = {
  summary: 'A 21-second recipe for a lemon tart, from crust to glaze.',
  hook: { text: 'You only need 3 ingredients', start_seconds: 0, end_seconds: 3 },
  scenes: [
    { start_seconds: 0, end_seconds: 3, description: 'Creator holds up three lemons', shot_type: 'close_up' },
    { start_seconds: 3, end_seconds: 7, description: 'Zest goes into the bowl' },
  ],
  transcript: [
    { start_seconds: 0, end_seconds: 3, text: 'You only need 3 ingredients.' },
    { start_seconds: 3, end_seconds: 7, text: 'Zest two lemons, then whisk.' },
  ],
  cta: { text: 'Follow for part 2', type: 'follow' },
};

const DONE: ExportItem = {
  record: { ...sample('c1'), reel: { creator: 'luna.bakes', caption: 'Lemon tart in 3 steps' } },
  result: LEMON_TART,
};
const QUEUED: ExportItem = { record: sample('c3') };
const FAILED: ExportItem = { record: sample('c4') };

const exported = (items: ExportItem[], format: ExportFormat) => exportCaptures(items, format, { now: NOW }).text;
const csvLines = (items: ExportItem[]) => exported(items, 'csv').split('\r\n');
const json = (items: ExportItem[]) => JSON.parse(exported(items, 'json'));
/** A caption as the page could write it, when the record carries no result. */
const withCaption = (caption: string): ExportItem => ({ record: captureRecord({ id: 'c9', reel: { caption } }) });

describe('exportCaptures, Markdown', () => {
  it('writes a finished capture as a section with its details and analysis', () => {
    expect(exported([DONE], 'markdown')).toBe(
      [
        '# Sume Capture — 1 analysis',
        '',
        'Exported 2026-11-30T12:00:00.000Z.',
        '',
        '## @luna.bakes',
        '',
        'Lemon tart in 3 steps',
        '',
        '- Link: <https://www.tiktok.com/@baker/video/111>',
        '- Platform: TikTok',
        '- Status: done',
        '- Captured: 2023-11-14T22:13:20.000Z',
        '',
        '### Summary',
        'A 21-second recipe for a lemon tart, from crust to glaze.',
        '',
        '### Hook',
        '- [0:00–0:03] You only need 3 ingredients',
        '',
        '### Scenes',
        '- [0:00–0:03] Creator holds up three lemons (close up)',
        '- [0:03–0:07] Zest goes into the bowl',
        '',
        '### Transcript',
        '- [0:00–0:03] You only need 3 ingredients.',
        '- [0:03–0:07] Zest two lemons, then whisk.',
        '',
        '### Call to action',
        '- Follow for part 2 (follow)',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['c3', 'queued', 'No analysis yet: the capture is waiting to be sent.'],
    ['c2', 'analyzing', 'No analysis yet: Sume is analyzing the video.'],
    ['c4', 'failed', 'No analysis: the capture failed.'],
    ['c5', 'failed', 'No analysis: the capture failed.'],
    ['c1', 'done', 'Analyzed, but the analysis is not stored on this device.'],
  ])('says where capture %s is (%s) when it has no analysis', (id, status, sentence) => {
    const text = exported([{ record: sample(id) }], 'markdown');
    expect(text).toContain(`- Status: ${status}\n`);
    expect(text).toContain(`\n${sentence}\n`);
    expect(text).not.toContain('### ');
  });

  it('names a capture without a creator from its link', () => {
    const text = exported([QUEUED, { record: sample('c2') }], 'markdown');
    expect(text).toMatch(/^# Sume Capture — 2 analyses$/m);
    expect(text).toContain('## TikTok video by @gym\n');
    expect(text).toContain('## Instagram Reel\n');
    expect(text).toContain('- Platform: Instagram\n');
  });

  it('keeps a hostile caption and result as text: no headings, links, HTML or code', () => {
    const caption = '# Free credits [claim](javascript:alert(1)) <img src=x onerror=alert(1)> `rm -rf`';
    const result = { summary: 'Fine.\n# Injected\n[site]: https://evil.example\nTitle\n===\n> quote\n1. list\n```js' };
    const text = exported([{ record: { ...sample('c1'), reel: { caption } }, result }], 'markdown');
    const headings = text.split('\n').filter((line) => /^ {0,3}#/.test(line));
    expect(headings).toEqual(['# Sume Capture — 1 analysis', '## TikTok video by @baker', '### Summary']);
    expect(text).toContain('\n\\# Free credits \\[claim\\](javascript:alert(1)) \\<img src=x onerror=alert(1)> \\`rm -rf\\`\n');
    expect(text).toContain(['Fine.', '\\# Injected', '\\[site\\]: https://evil.example', 'Title', '\\===', '\\> quote', '1\\. list', '\\`\\`\\`js'].join('\n'));
  });

  it('keeps a caption with line breaks on its line', () => {
    const text = exported([withCaption('one\n## two')], 'markdown');
    expect(text).toContain('\none ## two\n');
    expect(text).not.toMatch(/^## two/m);
  });
});

describe('exportCaptures, CSV', () => {
  const HEADER = 'url,platform,creator,caption,status,captured_at,summary,hook,cta,scenes,transcript';

  it('writes a header and one row per capture, with CRLF line endings', () => {
    expect(csvLines([DONE, QUEUED, FAILED])).toEqual([
      HEADER,
      'https://www.tiktok.com/@baker/video/111,TikTok,luna.bakes,Lemon tart in 3 steps,done,2023-11-14T22:13:20.000Z,' +
        '"A 21-second recipe for a lemon tart, from crust to glaze.",0:00–0:03 You only need 3 ingredients,Follow for part 2,' +
        '0:00–0:03 Creator holds up three lemons; 0:03–0:07 Zest goes into the bowl,' +
        '"0:00–0:03 You only need 3 ingredients.; 0:03–0:07 Zest two lemons, then whisk."',
      'https://www.tiktok.com/@gym/video/333,TikTok,,,queued,2023-11-14T22:13:20.000Z,,,,,',
      'https://www.tiktok.com/@gym/video/444,TikTok,,,failed,2023-11-14T22:13:20.000Z,,,,,',
      '',
    ]);
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    const summary = 'She said "bake it",\r\nthen left';
    const [, row] = exported([{ record: captureRecord({ id: 'c9', reel: { caption: 'a,b' } }), result: { summary } }], 'csv').split('\r\n', 2);
    expect(row).toBe('https://www.tiktok.com/@maker/video/9,TikTok,,"a,b",queued,2023-11-14T22:13:20.000Z,"She said ""bake it"",');
    expect(exported([{ record: sample('c3'), result: { summary } }], 'csv')).toContain(',"She said ""bake it"",\r\nthen left",,,,\r\n');
  });

  it.each([
    ['=HYPERLINK("https://evil.example","Click")', `"'=HYPERLINK(""https://evil.example"",""Click"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['Lemon = tart', 'Lemon = tart'],
  ])('makes the caption %j inert as %j', (caption, cell) => {
    expect(csvLines([withCaption(caption)]).join('\r\n')).toContain(`,TikTok,,${cell},queued,`);
  });

  it('guards result fields too, and writes the creator without "@"', () => {
    const record = { ...sample('c1'), reel: { creator: '@luna.bakes' } };
    const [, row] = csvLines([{ record, result: { summary: '=1+1', cta: '-50% today' } }]);
    expect(row).toBe(`https://www.tiktok.com/@baker/video/111,TikTok,luna.bakes,,done,2023-11-14T22:13:20.000Z,'=1+1,,'-50% today,,`);
  });

  it('writes a plain-text transcript as it came', () => {
    const [, row] = csvLines([{ record: sample('c1'), result: { transcript: 'Hello there' } }]);
    expect(row).toMatch(/,Hello there$/);
  });
});

describe('exportCaptures, JSON', () => {
  it('writes the captures with their normalised results, pretty-printed', () => {
    const file = exported([DONE, FAILED], 'json');
    expect(file).toMatch(/^\{\n {2}"exported_at": "2026-11-30T12:00:00.000Z",\n {2}"captures": \[\n {4}\{\n/);
    expect(JSON.parse(file)).toEqual({
      exported_at: '2026-11-30T12:00:00.000Z',
      captures: [
        {
          url: 'https://www.tiktok.com/@baker/video/111',
          platform: 'TikTok',
          creator: 'luna.bakes',
          caption: 'Lemon tart in 3 steps',
          status: 'done',
          captured_at: '2023-11-14T22:13:20.000Z',
          result: {
            summary: LEMON_TART.summary,
            hook: { text: 'You only need 3 ingredients', start: 0, end: 3, tags: [], extra: {} },
            scenes: [
              { text: 'Creator holds up three lemons', start: 0, end: 3, tags: ['close up'], extra: {} },
              { text: 'Zest goes into the bowl', start: 3, end: 7, tags: [], extra: {} },
            ],
            transcript: {
              items: [
                { text: 'You only need 3 ingredients.', start: 0, end: 3, tags: [], extra: {} },
                { text: 'Zest two lemons, then whisk.', start: 3, end: 7, tags: [], extra: {} },
              ],
              extra: {},
            },
            cta: { text: 'Follow for part 2', tags: ['follow'], extra: {} },
            style: [],
            rest: {},
          },
        },
        {
          url: 'https://www.tiktok.com/@gym/video/444',
          platform: 'TikTok',
          creator: null,
          caption: null,
          status: 'failed',
          captured_at: '2023-11-14T22:13:20.000Z',
          result: null,
        },
      ],
    });
  });

  it.each([
    ['c2', 'analyzing'],
    ['c3', 'queued'],
    ['c5', 'failed'],
  ])('writes capture %s as %s, without a result', (id, status) => {
    expect(json([{ record: sample(id) }]).captures[0]).toMatchObject({ status, result: null });
  });
});

describe('exportCaptures, every format', () => {
  it.each([
    ['markdown', 'sume-captures-2026-11-30.md', 'text/markdown;charset=utf-8'],
    ['csv', 'sume-captures-2026-11-30.csv', 'text/csv;charset=utf-8'],
    ['json', 'sume-captures-2026-11-30.json', 'application/json'],
  ] as const)('names a %s file %s (%s)', (format, filename, mimeType) => {
    expect(exportCaptures([DONE], format, { now: NOW })).toMatchObject({ filename, mimeType });
  });

  it('dates the file by UTC, not local time', () => {
    const lateInNewYork = new Date('2026-11-30T23:30:00-05:00');
    expect(exportCaptures([], 'csv', { now: lateInNewYork }).filename).toBe('sume-captures-2026-12-01.csv');
  });

  it.each([
    ['markdown', '# Sume Capture — 0 analyses\n\nExported 2026-11-30T12:00:00.000Z.\n\nNothing to export.\n'],
    ['csv', 'url,platform,creator,caption,status,captured_at,summary,hook,cta,scenes,transcript\r\n'],
    ['json', '{\n  "exported_at": "2026-11-30T12:00:00.000Z",\n  "captures": []\n}\n'],
  ] as const)('writes an empty %s export', (format, text) => expect(exported([], format)).toBe(text));

  it.each(FORMATS)('leaves record internals and secrets out of %s', (format) => {
    const record: CaptureRecord = {
      ...sample('c4'),
      jobId: 'job_secret_1',
      requiredCredits: 3,
      job: { id: 'job_secret_1', status: 'failed', since: 0, polls: 7, nextPollAt: 0, error: { message: 'quota exhausted' } },
    };
    const result = {
      summary: 'Poster at https://b.s3.amazonaws.com/k.jpg?X-Amz-Signature=f00ba7 with sume_live_abcDEF123456789',
      debug: { authorization: 'Bearer abc.def.ghi' },
    };
    const text = exported([{ record, result }], format);
    for (const secret of ['key-c4', 'job_secret_1', 'req_abc123', 'quota exhausted', 'This video is private', 'f00ba7', 'abcDEF123456789', 'abc.def.ghi']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('redacted');
  });

  it.each(FORMATS)('cuts hostile nesting in %s instead of failing', (format) => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    const text = exported([{ record: sample('c1'), result: { summary: 'Deep', deep } }], format);
    expect(text).toContain('Deep');
    expect(text).not.toContain('bottom');
  });
});
