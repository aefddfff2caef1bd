const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** A count in the person's locale ("2,000", "2.000", "2 000"). */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export function formatCredits(n: number): string {
  return `${numberFormat.format(n)} ${n === 1 ? 'credit' : 'credits'}`;
}

/** "just now", "5 min ago", "3 h ago", or a date. */
export function formatAgo(then: number, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - then) / 1000));
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(then).toLocaleDateString();
}
