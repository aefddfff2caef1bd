/**
 * Timed entries of a result (a scene, a transcript line, the hook, the CTA): the text, when it
 * happens, short labels, and anything else the entry held. Loosely named, see result-keys.ts.
 */
import { findKey, humaniseToken, isObject, type Fields } from './result-keys';
import { parseSeconds } from './timestamps';

export interface TimedItem {
  start?: number;
  end?: number;
  text: string;
  /** Short labels (shot type, CTA type, speaker), already in words. */
  tags: string[];
  /** Whatever else the item held. */
  extra: Fields;
}

export const TEXT = ['text', 'description', 'content', 'caption', 'line', 'summary', 'action', 'title', 'label', 'value', 'transcript', 'words'];
const START = ['startseconds', 'start', 'starttime', 'startsec', 'from', 'begin', 'timestamp', 'time', 'at', 't', 'offset', 'offsetseconds'];
const END = ['endseconds', 'end', 'endtime', 'endsec', 'to', 'until'];
const START_MS = ['startms', 'starttimems', 'offsetms', 'timestampms'];
const END_MS = ['endms', 'endtimems'];
const DURATION = ['durationseconds', 'duration'];
const TAGS = ['shottype', 'type', 'shot', 'camera', 'speaker', 'kind', 'style', 'placement', 'position'];

export type Parse<T> = (value: unknown) => T | undefined;

/** Removes and returns the first alias whose value parses; fields that don't parse stay. */
export function take<T>(fields: Fields, aliases: readonly string[], parse: Parse<T>): T | undefined {
  for (const alias of aliases) {
    const key = findKey(fields, [alias]);
    if (key === undefined) continue;
    const parsed = parse(fields[key]);
    if (parsed === undefined) continue;
    delete fields[key];
    return parsed;
  }
  return undefined;
}

export const text: Parse<string> = (value) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const tag: Parse<string> = (value) => (typeof value === 'string' && value.trim() !== '' && value.length <= 80 ? humaniseToken(value) : undefined);
const millis: Parse<number> = (value) => {
  const ms = parseSeconds(value);
  return ms === undefined ? undefined : ms / 1000;
};

export function toItem(value: unknown): TimedItem | undefined {
  const line = text(value);
  if (line !== undefined) return { text: line, tags: [], extra: {} };
  if (!isObject(value)) return undefined;
  const extra: Fields = { ...value };
  const content = take(extra, TEXT, text);
  if (content === undefined) return undefined;
  const item: TimedItem = { text: content, tags: [], extra };
  const start = take(extra, START, parseSeconds) ?? take(extra, START_MS, millis);
  let end = take(extra, END, parseSeconds) ?? take(extra, END_MS, millis);
  if (end === undefined && start !== undefined) {
    const duration = take(extra, DURATION, parseSeconds);
    if (duration !== undefined) end = start + duration;
  }
  if (start !== undefined) item.start = start;
  if (end !== undefined) item.end = end;
  for (const alias of TAGS) {
    const label = take(extra, [alias], tag);
    if (label !== undefined) item.tags.push(label);
  }
  return item;
}

/** Every entry must read as an item, or the whole list is left to the generic view. */
export function toItems(value: unknown): TimedItem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = value.map(toItem);
  return items.every((item): item is TimedItem => item !== undefined) ? items : undefined;
}
