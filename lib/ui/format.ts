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
