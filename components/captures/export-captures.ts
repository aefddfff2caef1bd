/**
 * Captures and their analyses as one file: Markdown to read, CSV for a spreadsheet, JSON for tools.
 * Pure: download-export.ts reads the results and hands the file to the browser.
 *
 * An export leaves the extension (it gets mailed, pasted, opened in Excel), and most of what it
 * holds was written by Sume or by the page. So every such string passes redact() (lib/api/redact.ts),
 * and each format guards against text that would be read as something else: Markdown that would
 * become a heading or a link, a CSV cell a spreadsheet would run as a formula. Records are exported
 * by what people see (link, name, phase), never by their internals (idempotency key, job, errors).
 */
import { redact } from '@/lib/api/redact';
import { captureName } from '@/lib/captures/capture-name';
import { type CapturePhase, type CaptureRecord, capturePhase } from '@/lib/captures/capture-record';
import { t, tn } from '../../lib/i18n/t';
import { phaseWord } from './capture-list-model';
import { type NormalisedResult, normaliseResult, type TimedItem } from './format-result';
import { isObject } from './result-keys';
import { resultToText } from './result-text';
import { safeHttpUrl } from '@/lib/ui/safe-url';
import { formatRange } from './timestamps';

export type ExportFormat = 'markdown' | 'csv' | 'json';

export interface ExportItem {
  record: CaptureRecord;
  /** The analysis as stored on this device; absent while there is none. */
  result?: unknown;
}

export interface ExportFile {
  filename: string;
  mimeType: string;
  text: string;
}

/** One capture as every format sees it: redacted, not yet escaped for any format. */
interface ExportedCapture {
  title: string;
  url: string;
  platform: string | null;
  creator: string | null;
  caption: string | null;
  status: CapturePhase;
  capturedAt: string;
  result: NormalisedResult | null;
}

/** Deeper than this a value is cut: hostile nesting must not overflow the stack (resultToText shows far less). */
const MAX_DEPTH = 32;

function mapStrings(value: unknown, map: (text: string) => string, depth: number): unknown {
  if (typeof value === 'string') return map(value);
  if (!isObject(value) && !Array.isArray(value)) return value;
  if (depth >= MAX_DEPTH) return '…';
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [map(key), mapStrings(item, map, depth + 1)]));
}

/** The same result with every string in it (keys of unknown fields too) passed through `map`. */
const mapResultStrings = (result: NormalisedResult, map: (text: string) => string) =>
  // Our own keys (summary, scenes, extra…) are plain words that neither redact() nor escaping changes.
  mapStrings(result, map, 0) as NormalisedResult;

function isoTime(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

function exportedCapture({ record, result }: ExportItem): ExportedCapture {
  const name = captureName(record);
  const creator = record.reel?.creator?.replace(/^@/, '');
  return {
    title: redact(name.title),
    url: redact(record.url),
    platform: name.platform,
    // The bare handle: a CSV cell starting with "@" is one a spreadsheet may run (see csvCell).
    creator: creator ? redact(creator) : null,
    caption: name.caption ? redact(name.caption) : null,
    status: capturePhase(record),
    capturedAt: isoTime(record.createdAt),
    result: result === undefined || result === null ? null : mapResultStrings(normaliseResult(result), redact),
  };
}

/**
 * Text made literal in Markdown, so a caption or a result cannot add headings, links, images, HTML,
 * code, quotes or lists. Backslash first, so a backslash in the text cannot undo an escape.
 * Emphasis (`*`, `_` mid-line) is left alone: harmless, and handles like luna_bakes stay readable.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`[\]<]/g, '\\$&')
    .replace(/^([ \t]*)([#>+\-*_=|~:])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}

/** For a heading or a list item: one line, or the rest of the text would escape it. */
const inlineMarkdown = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim());

/** Clickable only when it is plain http(s) (safe-url.ts); the URL parser has encoded any `<`, `>` or space. */
function markdownLink(url: string): string {
  const href = safeHttpUrl(url);
  return href ? `<${href}>` : inlineMarkdown(url);
}

/** What a capture without an analysis says instead, by where it is. */
function noAnalysis(phase: CapturePhase): string {
  switch (phase) {
    case 'queued':
      return t('captureList_noAnalysisQueued');
    case 'sending':
      return t('captureList_noAnalysisSending');
    case 'analyzing':
      return t('captureList_noAnalysisAnalyzing');
    case 'done':
      return t('captureList_noAnalysisDone');
    case 'failed':
      return t('captureList_noAnalysisFailed');
  }
}

function markdownAnalysis(result: NormalisedResult): string {
  const text = resultToText(mapResultStrings(result, escapeMarkdown)).trimEnd();
  // Its sections sit under the capture's own heading. Only resultToText writes "## " at a line's
  // start: the same characters from the result were escaped above.
  return text === '' ? t('captureList_exportEmptyAnalysis') : text.replace(/^## /gm, '### ');
}

/**
 * Markdown is for people: its title and labels are in the person's language, the status too.
 * Times stay ISO 8601 (UTC), exact and the same in every language.
 */
function markdownCapture(capture: ExportedCapture): string[] {
  const lines = [`## ${inlineMarkdown(capture.title)}`, ''];
  if (capture.caption) lines.push(inlineMarkdown(capture.caption), '');
  lines.push(`- ${t('captureList_exportLink', { link: markdownLink(capture.url) })}`);
  if (capture.platform) lines.push(`- ${t('captureList_exportPlatform', { platform: capture.platform })}`);
  lines.push(
    `- ${t('captureList_exportStatus', { status: phaseWord(capture.status) })}`,
    `- ${t('captureList_exportCaptured', { time: capture.capturedAt })}`,
    '',
  );
  lines.push(capture.result ? markdownAnalysis(capture.result) : noAnalysis(capture.status), '');
  return lines;
}

function toMarkdown(captures: ExportedCapture[], now: Date): string {
  const lines = [`# ${tn('captureList_exportTitle', captures.length)}`, '', t('captureList_exportedAt', { time: now.toISOString() }), ''];
  if (captures.length === 0) lines.push(t('captureList_exportNothing'), '');
  return `${[...lines, ...captures.flatMap(markdownCapture)].join('\n').trimEnd()}\n`;
}

/**
 * CSV column names (and the JSON keys below) are machine-readable identifiers that scripts and
 * spreadsheet formulas rely on: stable English in every language, never translated. The status
 * values there are the phase identifiers (queued, done…) for the same reason.
 */
const CSV_COLUMNS = ['url', 'platform', 'creator', 'caption', 'status', 'captured_at', 'summary', 'hook', 'cta', 'scenes', 'transcript'];

/**
 * A spreadsheet runs a cell that starts with one of these (OWASP "CSV injection"): the apostrophe
 * makes it text. Then RFC 4180 quoting.
 */
function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/** "0:03–0:07 Zest goes in": one timed entry on one line. */
function timedText(item: TimedItem): string {
  const range = formatRange(item.start, item.end);
  return range ? `${range} ${item.text}` : item.text;
}

const timedList = (items: TimedItem[] | undefined) => (items ?? []).map(timedText).join('; ');

function csvRow({ url, platform, creator, caption, status, capturedAt, result }: ExportedCapture): string {
  // Timed transcript lines first, as resultToText does: they keep the times.
  const transcript = result?.transcript?.items?.length ? timedList(result.transcript.items) : (result?.transcript?.text ?? '');
  const hook = result?.hook ? timedText(result.hook) : '';
  const cta = result?.cta ? timedText(result.cta) : '';
  const cells = [url, platform, creator, caption, status, capturedAt, result?.summary, hook, cta, timedList(result?.scenes), transcript];
  return cells.map((cell) => csvCell(cell ?? '')).join(',');
}

const toCsv = (captures: ExportedCapture[]) => `${[CSV_COLUMNS.join(','), ...captures.map(csvRow)].join('\r\n')}\r\n`;

function toJson(captures: ExportedCapture[], now: Date): string {
  const exported = captures.map(({ url, platform, creator, caption, status, capturedAt, result }) => ({
    url,
    platform,
    creator,
    caption,
    status,
    captured_at: capturedAt,
    result,
  }));
  return `${JSON.stringify({ exported_at: now.toISOString(), captures: exported }, null, 2)}\n`;
}

const FORMATS: Record<ExportFormat, { extension: string; mimeType: string; write: (captures: ExportedCapture[], now: Date) => string }> = {
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8', write: toMarkdown },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8', write: toCsv },
  json: { extension: 'json', mimeType: 'application/json', write: toJson },
};

/** `now` names the file (by its UTC date) and stamps the export. */
export function exportCaptures(items: readonly ExportItem[], format: ExportFormat, { now = new Date() }: { now?: Date } = {}): ExportFile {
  const { extension, mimeType, write } = FORMATS[format];
  return {
    filename: `sume-captures-${now.toISOString().slice(0, 10)}.${extension}`,
    mimeType,
    text: write(items.map(exportedCapture), now),
  };
}
