import { describe, expect, it } from 'vitest';
import { ARM_DELAY_MS, isArmed, observed, type GuardState } from './input-guard';

describe('input counts only after the surface has been visible for a moment without a break', () => {
  const hidden: GuardState = { visibleSince: undefined };

  it.each<[string, [boolean, number][], number, boolean]>([
    ['never seen', [], 10_000, false],
    ['just appeared', [[true, 0]], 10, false],
    ['visible for the whole delay', [[true, 0]], ARM_DELAY_MS, true],
    [
      'still visible, reported again: the clock keeps running',
      [
        [true, 0],
        [true, 400],
      ],
      ARM_DELAY_MS,
      true,
    ],
    [
      'covered a moment after it appeared',
      [
        [true, 0],
        [false, 300],
      ],
      10_000,
      false,
    ],
    [
      'covered, then uncovered: the delay starts again',
      [
        [true, 0],
        [false, 300],
        [true, 900],
      ],
      900 + ARM_DELAY_MS - 1,
      false,
    ],
    [
      '…and runs out',
      [
        [true, 0],
        [false, 300],
        [true, 900],
      ],
      900 + ARM_DELAY_MS,
      true,
    ],
  ])('%s', (_story, reports, now, armed) => {
    const state = reports.reduce((s, [visible, at]) => observed(s, visible, at), hidden);
    expect(isArmed(state, now)).toBe(armed);
  });
});
