/** A result as plain text (Markdown-flavoured) for "Copy as text". */
import type { NormalisedResult, TimedItem } from './format-result';
import { humaniseKey, isObject } from './result-keys';
import { formatRange } from './timestamps';

/** Deeper than this, a value is cut ("…"): a guard against hostile nesting, not a layout choice. */
const MAX_DEPTH = 12;

function primitive(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

function indentLines(value: string, pad: string): string {
  return value.replace(/\r?\n/g, `\n${pad}  `);
}

/** Nested objects and arrays as indented Markdown lists. */
export function genericToText(value: unknown, pad = '', depth = 0): string[] {
  if (!isObject(value) && !Array.isArray(value)) return [`${pad}${indentLines(primitive(value), pad)}`];
  if (depth >= MAX_DEPTH) return [`${pad}…`];
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [`${i + 1}.`, item])
    : Object.entries(value).map(([key, item]) => [`${humaniseKey(key)}:`, item]);
  if (entries.length === 0) return [`${pad}(empty)`];
  return entries.flatMap(([label, item]) => {
    if (isObject(item) || Array.isArray(item)) return [`${pad}- ${label}`, ...genericToText(item, `${pad}  `, depth + 1)];
    return [`${pad}- ${Array.isArray(value) ? '' : `${label} `}${indentLines(primitive(item), pad)}`];
  });
}

function itemLines(item: TimedItem): string[] {
  const range = formatRange(item.start, item.end);
  const tags = item.tags.length > 0 ? ` (${item.tags.join(', ')})` : '';
  const head = `- ${range ? `[${range}] ` : ''}${indentLines(item.text, '')}${tags}`;
  return Object.keys(item.extra).length > 0 ? [head, ...genericToText(item.extra, '  ', 1)] : [head];
}

export function resultToText(result: NormalisedResult, heading?: { title: string; url: string }): string {
  const out: string[] = [];
  const section = (title: string, lines: string[]) => out.push(`## ${title}`, ...lines, '');
  if (heading) out.push(`# ${heading.title}`, heading.url, '');
  if (result.summary !== undefined) section('Summary', [result.summary]);
  if (result.hook) section('Hook', itemLines(result.hook));
  if (result.scenes?.length) section('Scenes', result.scenes.flatMap(itemLines));
  const transcript = result.transcript;
  if (transcript) {
    const lines = transcript.items?.length ? transcript.items.flatMap(itemLines) : [transcript.text ?? ''];
    section('Transcript', Object.keys(transcript.extra).length > 0 ? [...lines, ...genericToText(transcript.extra)] : lines);
  }
  if (result.onScreenText?.length) section('On-screen text', result.onScreenText.flatMap(itemLines));
  if (result.cta) section('Call to action', itemLines(result.cta));
  if (result.style.length > 0)
    section(
      'Format, pacing and audio',
      result.style.flatMap(({ label, value }) => genericToText({ [label]: value })),
    );
  if (Object.keys(result.rest).length > 0) section('Other details', genericToText(result.rest));
  return `${out.join('\n').trim()}\n`;
}
