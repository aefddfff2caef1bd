// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaptureRow } from './CaptureRow';
import { SAMPLE_RECORDS } from './test-records';

afterEach(cleanup);

const byId = (id: string) => SAMPLE_RECORDS.find((record) => record.id === id)!;

function renderRow(id: string) {
  const actions = { onSelect: vi.fn(), onRetry: vi.fn(async () => {}), onRemove: vi.fn(async () => {}), onCheck: vi.fn(), checked: false };
  render(
    <ul>
      <CaptureRow record={byId(id)} now={1_700_000_100_000} selected={false} {...actions} />
    </ul>,
  );
  return actions;
}

describe('CaptureRow', () => {
  it('shows a finished capture with its link, source, time and "Open result"', () => {
    const actions = renderRow('c1');
    const link = screen.getByRole('link', { name: 'tiktok.com/@baker/video/111' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer noopener');
    expect(screen.getByText(/Sume button/)).toBeTruthy();
    expect(screen.getByText('2 min. ago')).toBeTruthy();
    expect(screen.getByTestId('status-pill').dataset.phase).toBe('done');
    expect(screen.queryByRole('button', { name: /Retry/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Open result/ }));
    expect(actions.onSelect).toHaveBeenCalledWith('c1');
  });

  it('shows a failure with its request id, and retries it', async () => {
    const actions = renderRow('c4');
    expect(screen.getByText('This video is private.')).toBeTruthy();
    expect(screen.getByTestId('request-id').textContent).toBe('req_abc123');
    fireEvent.click(screen.getByRole('button', { name: /Retry/ }));
    await waitFor(() => expect(actions.onRetry).toHaveBeenCalledWith('c4'));
  });

  it('spins while analyzing', () => {
    renderRow('c2');
    expect(screen.getByTestId('status-pill').querySelector('.sc-spinner')).toBeTruthy();
  });

  it('asks before removing, and Cancel keeps the capture', async () => {
    const actions = renderRow('c3');
    fireEvent.click(screen.getByRole('button', { name: /Remove/ }));
    expect(screen.getByText('Remove this capture and its result?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(actions.onRemove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /Remove/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(actions.onRemove).toHaveBeenCalledWith('c3'));
  });

  it('copies the link', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderRow('c3');
    fireEvent.click(screen.getByRole('button', { name: 'Copy link: TikTok video by @gym' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('https://www.tiktok.com/@gym/video/333'));
    expect(await screen.findByText('Copied')).toBeTruthy();
  });

  it('points at the detail panel only while it shows that capture (no aria-controls to nothing)', () => {
    const actions = { onSelect: vi.fn(), onRetry: vi.fn(async () => {}), onRemove: vi.fn(async () => {}), onCheck: vi.fn(), checked: false };
    const { rerender } = render(
      <ul>
        <CaptureRow record={byId('c1')} now={1_700_000_100_000} selected={false} {...actions} />
      </ul>,
    );
    const title = screen.getByRole('button', { name: 'TikTok video by @baker' });
    expect(title.hasAttribute('aria-controls')).toBe(false);
    rerender(
      <ul>
        <CaptureRow record={byId('c1')} now={1_700_000_100_000} selected={true} {...actions} />
      </ul>,
    );
    expect(title.getAttribute('aria-controls')).toBe('capture-detail');
  });
});
