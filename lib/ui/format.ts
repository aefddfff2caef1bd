/** Counts, credits and times the person's way, through `Intl` and the locale files. */
import { formatNumber, tn, uiLocale } from '../i18n/t';

export { formatNumber };

/** "1 credit", "2,000 credits", "2.000 Credits". */
export function formatCredits(n: number): string {
  return tn('core_credits', n);
}

let relative: Intl.RelativeTimeFormat | undefined;
let day: Intl.DateTimeFormat | undefined;

/** "now", "5 min. ago", "3 hr. ago" (in the person's language), or a date. */
export function formatAgo(then: number, now = Date.now()): string {
  relative ??= new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto', style: 'short' });
  const seconds = Math.max(0, Math.round((now - then) / 1000));
  if (seconds < 45) return relative.format(0, 'second');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return relative.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return relative.format(-hours, 'hour');
  day ??= new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' });
  return day.format(then);
}

let minutes: Intl.NumberFormat | undefined;
let twoDigits: Intl.NumberFormat | undefined;

/**
 * Where in a video: 7.9 → "0:07", 75 → "1:15", 3725 → "1:02:05" — whole seconds, as players show
 * them, with the digits of the person's locale.
 */
export function formatTimecode(seconds: number): string {
  minutes ??= new Intl.NumberFormat(uiLocale(), { useGrouping: false, maximumFractionDigits: 0 });
  twoDigits ??= new Intl.NumberFormat(uiLocale(), { useGrouping: false, minimumIntegerDigits: 2, maximumFractionDigits: 0 });
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = twoDigits.format(total % 60);
  return h > 0 ? `${minutes.format(h)}:${twoDigits.format(m)}:${s}` : `${minutes.format(m)}:${s}`;
}
