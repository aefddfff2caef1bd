// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogEvent } from '@/lib/diagnostics/event-log';
import { Diagnostics } from './Diagnostics';

afterEach(cleanup);

const events: LogEvent[] = Array.from({ length: 25 }, (_, n) => ({
  at: Date.UTC(2026, 10, 30, 12, n),
  level: n % 2 ? 'error' : 'info',
  area: 'capture',
  message: `event ${n}`,
  ...(n === 24 ? { requestId: 'req_last', count: 3 } : {}),
}));

describe('Diagnostics', () => {
  it('lists the latest 20 events, newest first, with request ids and repeats', () => {
    render(<Diagnostics events={events} report={async () => ''} clear={async () => {}} />);
    const list = screen.getByRole('list', { name: 'Latest 20 of 25 events, newest first' });
    const items = list.querySelectorAll('li');
    expect(items).toHaveLength(20);
    expect(items[0]?.textContent).toContain('event 24 (×3)');
    expect(items[0]?.textContent).toContain('req_last');
    expect(items[19]?.textContent).toContain('event 5');
  });

  it('"Copy report" copies the whole report and says so; a failed copy says that', async () => {
    const onCopy = vi.fn(async () => {});
    render(<Diagnostics events={events} report={async () => 'the report'} clear={async () => {}} onCopy={onCopy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Report copied/));
    expect(onCopy).toHaveBeenCalledWith('the report');
    onCopy.mockRejectedValueOnce(new Error('denied'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Could not copy/));
  });

  it('an empty log says nothing went wrong, and Clear is off', () => {
    render(<Diagnostics events={[]} report={async () => ''} clear={async () => {}} />);
    expect(screen.getByText('Nothing has gone wrong lately.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Clear' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
