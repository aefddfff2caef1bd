// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountView } from '@/lib/messaging';
import { AccountStatus } from './AccountStatus';

afterEach(cleanup);

const view = (remainingCredits: number): AccountView => ({
  baseUrl: 'https://www.sume.so/api/v1',
  hasKey: true,
  maskedKey: 'sume_live_…0000',
  state: {
    baseUrl: 'https://www.sume.so/api/v1',
    checkedAt: Date.now(),
    account: { userId: 'usr_1', userName: 'Ada', workspaceId: 'wks_1', workspaceName: 'Growth', remainingCredits },
  },
});

describe('AccountStatus', () => {
  it('at 0 credits the line is amber and says what happens next; with credits it is green and quiet', () => {
    const { container, rerender } = render(<AccountStatus view={view(0)} refreshing={false} onRefresh={() => {}} onOpenSettings={() => {}} />);
    expect(container.querySelector('.sc-dot--warn')).not.toBeNull();
    expect(screen.getByTestId('credits').className).toBe('sc-credits--empty');
    expect(screen.getByTestId('no-credits').textContent).toMatch(/No credits left/);
    rerender(<AccountStatus view={view(40)} refreshing={false} onRefresh={() => {}} onOpenSettings={() => {}} />);
    expect(container.querySelector('.sc-dot--ok')).not.toBeNull();
    expect(screen.queryByTestId('no-credits')).toBeNull();
  });
});
