// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConfirmationDetails } from '@/lib/messaging';
import { SpendConfirmation } from './SpendConfirmation';

afterEach(cleanup);

const REEL = 'https://www.tiktok.com/@luna.bakes/video/7398201746531097600';
const TOP_UP = 'https://www.sume.so/settings/billing';

function ask(overrides: Partial<ConfirmationDetails>) {
  const onChoose = vi.fn();
  const details: ConfirmationDetails = { url: REEL, reel: {}, reason: 'confirm_setting', spentInWindow: 0, limitPerHour: 20, topUpUrl: TOP_UP, ...overrides };
  render(
    <SpendConfirmation
      details={details}
      armed
      busy={false}
      dontAsk={false}
      onDontAskChange={() => undefined}
      onChoose={onChoose}
      onOpenSettings={() => undefined}
    />,
  );
  return { onChoose, credits: () => screen.getByTestId('spend-credits').textContent };
}

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('the price and the balance, honestly', () => {
  it('100 credits, price known: the price and the balance, Analyze offered', () => {
    const { credits } = ask({ requiredCredits: 5, remainingCredits: 100 });
    expect(credits()).toMatch(/^Uses 5 credits · you have 100\.$/);
    expect(button('Analyze').disabled).toBe(false);
    expect(screen.queryByRole('button', { name: 'Save for later' })).toBeNull();
  });

  it('no analysis yet: the price is said to come after the first one', () => {
    const { credits } = ask({ remainingCredits: 40 });
    expect(credits()).toMatch(/^Price shown after your first analysis · you have 40\.$/);
  });

  it('3 credits for a price of 5: short, Analyze disabled, Save for later and Top up in Sume offered', () => {
    const { onChoose, credits } = ask({ requiredCredits: 5, remainingCredits: 3, reason: 'short_of_credits' });
    expect(screen.getByText('Not enough credits')).toBeTruthy();
    expect(credits()).toMatch(/^Not enough credits: this needs 5 credits, you have 3\. Top up in Sume$/);
    expect(button('Analyze').disabled).toBe(true);
    expect((screen.getByRole('link', { name: 'Top up in Sume' }) as HTMLAnchorElement).href).toBe(TOP_UP);
    // Enter must not commit to anything: Cancel has the focus.
    expect(button('Cancel').hasAttribute('data-autofocus')).toBe(true);
    fireEvent.click(button('Save for later'));
    expect(onChoose).toHaveBeenCalledWith('save_for_later', expect.anything());
  });

  it('0 credits with no price known yet is short too', () => {
    const { credits } = ask({ remainingCredits: 0 });
    expect(credits()).toMatch(/^No credits left: you have 0\./);
    expect(button('Analyze').disabled).toBe(true);
    expect(button('Save for later')).toBeTruthy();
  });

  it('short, but already analyzed: it offers the result, not a save', () => {
    ask({ requiredCredits: 5, remainingCredits: 0, reason: 'already_captured', previous: { captureId: 'c1', phase: 'done' } });
    expect(button('Open result')).toBeTruthy();
    expect(button('Analyze again').disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save for later' })).toBeNull();
  });
});
