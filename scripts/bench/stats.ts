/** Small descriptive statistics for bench samples (no assertions: benchmarks report, tests judge). */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  // Linear interpolation between closest ranks, as most spreadsheets do.
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);
export const p95 = (samples: readonly number[]) => quantile(samples, 0.95);

/** A number rounded for printing and for JSON (NaN stays NaN, printed as "n/a"). */
export const round = (value: number, digits = 3) => Number(value.toFixed(digits));

export function fmt(value: number, digits = 3): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

/**
 * A 95% confidence interval for the median that assumes no distribution: the k-th smallest and
 * k-th largest sample, k = ⌊(n − 1.96·√n) / 2⌋ (the normal approximation to the binomial), at least
 * the extremes. With 9 samples that is the whole range; with 45, the 15th to the 31st.
 */
export function medianInterval(samples: readonly number[]): { low: number; high: number } {
  if (samples.length === 0) return { low: Number.NaN, high: Number.NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const k = Math.max(1, Math.floor((sorted.length - 1.96 * Math.sqrt(sorted.length)) / 2));
  return { low: sorted[k - 1] as number, high: sorted[sorted.length - k] as number };
}
