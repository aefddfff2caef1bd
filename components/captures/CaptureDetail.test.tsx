// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaptureDetail } from './CaptureDetail';
import { SAMPLE_RECORDS } from './test-records';

afterEach(cleanup);

const byId = (id: string) => SAMPLE_RECORDS.find((record) => record.id === id)!;
const now = 1_700_000_100_000;

describe('CaptureDetail', () => {
  it('shows the result, focuses its title, and copies it as text', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const result = { summary: 'A baking hack.', hook: { text: 'Watch this', start_seconds: 0, end_seconds: 2 } };
    render(
      <CaptureDetail
        captureId="c1"
        record={byId('c1')}
        result={{ status: 'ready', savedAt: now, result }}
        now={now}
        onClose={() => {}}
        onDownloadResult={async () => null}
      />,
    );
    expect(document.activeElement?.textContent).toBe('TikTok video by @baker');
    expect(screen.getByText('A baking hack.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open reel' }).getAttribute('rel')).toBe('noreferrer noopener');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledOnce());
    expect(writeText.mock.calls[0]).toEqual([
      '# TikTok video by @baker\nhttps://www.tiktok.com/@baker/video/111\n\n## Summary\nA baking hack.\n\n## Hook\n- [0:00–0:02] Watch this\n',
    ]);
  });

  it.each([
    ['c2', 'loading', /still working on this video/],
    ['c1', 'loading', /Loading the result/],
    ['c1', 'missing', /no longer stored/],
    ['c5', 'idle', /The video was deleted/],
  ] as const)('capture %s with a %s result says where it stands', (id, status, text) => {
    render(<CaptureDetail captureId={id} record={byId(id)} result={{ status }} now={now} onClose={() => {}} onDownloadResult={async () => null} />);
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy as text' })).toBeNull();
  });

  it('says so when the capture is gone, and closes', () => {
    const onClose = vi.fn();
    render(<CaptureDetail captureId="gone" record={undefined} result={{ status: 'idle' }} now={now} onClose={onClose} onDownloadResult={async () => null} />);
    expect(screen.getByText(/No capture with this link/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('a result Sume finished but this computer could not keep says why, and "Download it again" fetches it', async () => {
    const notKept = { ...byId('c1'), hasResult: false, resultNotKept: { code: 'storage_full', message: 'No room left on this computer to keep it.' } };
    const onDownloadResult = vi.fn(async () => 'Still no room.');
    render(<CaptureDetail captureId="c1" record={notKept} result={{ status: 'idle' }} now={now} onClose={() => {}} onDownloadResult={onDownloadResult} />);
    expect(screen.getByRole('alert').textContent).toContain('No room left on this computer to keep it.');
    fireEvent.click(screen.getByRole('button', { name: 'Download it again' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Still no room.'));
    expect(onDownloadResult).toHaveBeenCalledWith('c1');
  });
});
