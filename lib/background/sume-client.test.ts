import { describe, expect, it, vi } from 'vitest';
import { observeAnswer, onSumeBack } from './sume-client';

describe('Sume coming back', () => {
  it('is announced once when an answer follows an outage — not on every answer, not on a rate limit', () => {
    const back = vi.fn();
    const stop = onSumeBack(back);
    observeAnswer('answered');
    expect(back).not.toHaveBeenCalled();
    observeAnswer('unreachable');
    observeAnswer('unreachable');
    observeAnswer('neither');
    expect(back).not.toHaveBeenCalled();
    observeAnswer('answered');
    observeAnswer('answered');
    expect(back).toHaveBeenCalledTimes(1);
    stop();
    observeAnswer('unreachable');
    observeAnswer('answered');
    expect(back).toHaveBeenCalledTimes(1);
  });
});
