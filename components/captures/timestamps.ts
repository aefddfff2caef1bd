/** Seconds in and out of results: numbers, numeric strings, `m:ss`, `h:mm:ss(.mmm)`. */

export function parseSeconds(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(',', '.');
  if (/^\d+(?:\.\d+)?s?$/.test(text)) return Number.parseFloat(text);
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/.exec(text);
  if (!clock) return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = clock;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number.parseFloat(seconds);
}

/** 5 → "0:05", 75.9 → "1:15", 3725 → "1:02:05". */
export function formatTimestamp(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  const total = Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "0:00–0:03", or "0:05" when only the start is known, or "" when neither is. */
export function formatRange(start: number | undefined, end: number | undefined): string {
  if (start === undefined) return end === undefined ? '' : `–${formatTimestamp(end)}`;
  if (end === undefined || end <= start) return formatTimestamp(start);
  return `${formatTimestamp(start)}–${formatTimestamp(end)}`;
}
