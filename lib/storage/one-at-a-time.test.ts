import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time';

describe('oneAtATime', () => {
  it('runs each task after the one before has settled, even a failed one, and gives each caller its own outcome', async () => {
    const serial = oneAtATime();
    let value = 0;
    const log: string[] = [];
    const bump = (name: string, fail = false) =>
      serial(async () => {
        const read = value;
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(name);
        if (fail) throw new Error(name);
        value = read + 1;
        return value;
      });
    const outcomes = await Promise.allSettled([bump('a'), bump('b', true), bump('c')]);
    expect(log).toEqual(['a', 'b', 'c']);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([1, 'b', 2]);
    expect(value).toBe(2);
  });
});
