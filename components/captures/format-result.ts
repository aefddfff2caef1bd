/**
 * A reference-analysis result, sorted into the sections people read (summary, hook, scenes,
 * transcript, on-screen text, CTA, format/pacing/audio) and everything else, kept as it came.
 * The shape is an assumption ([A] in ../shared/sume-api.md), so each section accepts the plausible
 * alternative names below, and a field that does not fit a section is left to the generic view.
 */
import { t } from '../../lib/i18n/t';
import { take, text, TEXT, toItem, toItems, type TimedItem } from './result-items';
import { findKey, humaniseToken, isObject, normaliseKey, type Fields } from './result-keys';

export type { TimedItem };

export interface Transcript {
  text?: string;
  items?: TimedItem[];
  extra: Fields;
}

export interface StyleField {
  key: string;
  label: string;
  value: unknown;
}

export interface NormalisedResult {
  summary?: string;
  hook?: TimedItem;
  scenes?: TimedItem[];
  transcript?: Transcript;
  onScreenText?: TimedItem[];
  cta?: TimedItem;
  style: StyleField[];
  /** Fields no section took, in their original order. */
  rest: Fields;
}

const SECTION = {
  summary: ['summary', 'overview', 'synopsis', 'tldr', 'description'],
  hook: ['hook', 'openinghook', 'hooktext', 'hookline'],
  scenes: ['scenes', 'beats', 'shots', 'segments', 'timeline', 'storyboard', 'scenebreakdown'],
  transcript: ['transcript', 'transcription', 'captions', 'subtitles', 'speech', 'voiceover', 'script'],
  onScreenText: ['onscreentext', 'onscreentexts', 'textoverlays', 'textoverlay', 'overlays', 'overlaytext', 'screentext', 'ocr'],
  cta: ['cta', 'calltoaction'],
} as const;
const STYLE = [
  ['format', ['format', 'videoformat', 'contentformat']],
  ['pacing', ['pacing', 'pace', 'tempo']],
  ['audio', ['audio', 'sound', 'music']],
] as const;

function styleLabel(name: (typeof STYLE)[number][0]): string {
  if (name === 'format') return t('captures_styleFormat');
  return name === 'pacing' ? t('captures_stylePacing') : t('captures_styleAudio');
}
const SEGMENTS = ['segments', 'items', 'lines', 'utterances', 'entries', 'cues'];
/** `{ job, result }` envelopes are unwrapped when nothing else sits beside the result. */
const ENVELOPE = new Set(['result', 'job', 'object', 'id', 'status', 'jobid', 'type']);

function toTranscript(value: unknown): Transcript | undefined {
  const plain = text(value);
  if (plain !== undefined) return { text: plain, extra: {} };
  const items = toItems(value);
  if (items) return { items, extra: {} };
  if (!isObject(value)) return undefined;
  const extra: Fields = { ...value };
  const transcript: Transcript = { extra };
  const segments = take(extra, SEGMENTS, toItems);
  const full = take(extra, TEXT, text);
  if (segments) transcript.items = segments;
  if (full !== undefined) transcript.text = full;
  return segments || full !== undefined ? transcript : undefined;
}

function unwrap(value: unknown): unknown {
  if (!isObject(value) || !isObject(value.result)) return value;
  return Object.keys(value).every((key) => ENVELOPE.has(normaliseKey(key))) ? value.result : value;
}

export function normaliseResult(input: unknown): NormalisedResult {
  const value = unwrap(input);
  if (!isObject(value)) return { style: [], rest: value === undefined || value === null ? {} : { result: value } };
  const rest: Fields = { ...value };
  const out: NormalisedResult = { style: [], rest };
  const summary = take(rest, SECTION.summary, text);
  const hook = take(rest, SECTION.hook, toItem);
  const scenes = take(rest, SECTION.scenes, toItems);
  const transcript = take(rest, SECTION.transcript, toTranscript);
  const onScreenText = take(rest, SECTION.onScreenText, toItems);
  const cta = take(rest, SECTION.cta, toItem);
  if (summary !== undefined) out.summary = summary;
  if (hook) out.hook = hook;
  if (scenes) out.scenes = scenes;
  if (transcript) out.transcript = transcript;
  if (onScreenText) out.onScreenText = onScreenText;
  if (cta) out.cta = cta;
  for (const [name, aliases] of STYLE) {
    const key = findKey(rest, aliases);
    if (key === undefined) continue;
    const raw = rest[key];
    out.style.push({ key, label: styleLabel(name), value: typeof raw === 'string' ? humaniseToken(raw) : raw });
    delete rest[key];
  }
  return out;
}

/** The summary text a search looks through ("" when there is none). */
export function summaryOf(result: unknown): string {
  return normaliseResult(result).summary ?? '';
}

/** What "Find similar scenes" searches for: the hook's words, else the summary's first sentence. */
export function similarQueryOf(result: unknown): string {
  const { hook, summary } = normaliseResult(result);
  const text = hook?.text || summary?.split(/(?<=[.!?])\s/)[0] || '';
  return text.trim().slice(0, 120);
}
