import { describe, expect, it } from 'vitest';
import { median, medianInterval } from './stats';

describe('medianInterval', () => {
  it('is the whole range for nine samples, and narrows to the 15th and 31st of 45', () => {
    expect(medianInterval([5, 1, 9, 3, 7, 2, 8, 4, 6])).toEqual({ low: 1, high: 9 });
    const samples = Array.from({ length: 45 }, (_, i) => 45 - i);
    expect(medianInterval(samples)).toEqual({ low: 15, high: 31 });
    expect(median(samples)).toBe(23);
  });

  it('has nothing to say about no samples', () => {
    expect(medianInterval([])).toEqual({ low: Number.NaN, high: Number.NaN });
  });
});
