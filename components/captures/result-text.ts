/** A result as plain text (Markdown-flavoured) for "Copy as text". */
import { t } from '../../lib/i18n/t';
import type { NormalisedResult, TimedItem } from './format-result';
import { humaniseKey, isObject } from './result-keys';
import { formatRange } from './timestamps';

/** Deeper than this, a value is cut ("…"): a guard against hostile nesting, not a layout choice. */
const MAX_DEPTH = 12;

function primitive(value: unknown): string {
  if (value === null || value === undefined) return t('captures_none');
  if (typeof value === 'boolean') return value ? t('captures_textYes') : t('captures_textNo');
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
  if (entries.length === 0) return [`${pad}${t('captures_empty')}`];
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
  if (result.summary !== undefined) section(t('captures_summary'), [result.summary]);
  if (result.hook) section(t('captures_hook'), itemLines(result.hook));
  if (result.scenes?.length) section(t('captures_scenes'), result.scenes.flatMap(itemLines));
  const transcript = result.transcript;
  if (transcript) {
    const lines = transcript.items?.length ? transcript.items.flatMap(itemLines) : [transcript.text ?? ''];
    section(t('captures_transcript'), Object.keys(transcript.extra).length > 0 ? [...lines, ...genericToText(transcript.extra)] : lines);
  }
  if (result.onScreenText?.length) section(t('captures_onScreenText'), result.onScreenText.flatMap(itemLines));
  if (result.cta) section(t('captures_callToAction'), itemLines(result.cta));
  if (result.style.length > 0)
    section(
      t('captures_formatPacingAudio'),
      result.style.flatMap(({ label, value }) => genericToText({ [label]: value })),
    );
  if (Object.keys(result.rest).length > 0) section(t('captures_otherDetails'), genericToText(result.rest));
  return `${out.join('\n').trim()}\n`;
}
