// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UploadProgress } from '@/lib/ui/use-uploads';
import type { UploadRecord } from '@/lib/uploads/upload-record';
import { UploadRow } from './UploadRow';
import { MB, NOW, upload } from './test-uploads';

afterEach(cleanup);

function renderRow(record: UploadRecord, progress?: UploadProgress, queued = false) {
  const actions = { onCancel: vi.fn(async () => {}), onRetry: vi.fn(async () => {}), onRemove: vi.fn(async () => {}) };
  render(
    <ul>
      <UploadRow record={record} progress={progress} now={NOW} queued={queued} {...actions} />
    </ul>,
  );
  return actions;
}

const failure = { kind: 'http' as const, status: 422, code: 'unsupported_media', message: 'Sume does not accept this video format.', requestId: 'req_9f2' };

describe('UploadRow', () => {
  it.each<[string, UploadRecord, UploadProgress | undefined, string, string[]]>([
    ['preparing (asking for the upload link)', upload({ step: 'presign' }), undefined, 'Preparing…', ['Cancel']],
    ['uploading, speed not known yet', upload({ bytesSent: 12.5 * MB }), undefined, 'Uploading · 13 MB of 50 MB', ['Cancel']],
    ['uploading', upload({ bytesSent: 12.5 * MB }), { speed: 8.1 * MB, secondsLeft: 5 }, 'Uploading · 13 MB of 50 MB, 8.1 MB/s, 5 s left', ['Cancel']],
    [
      'uploading, minutes left',
      upload({ bytesSent: 2 * MB }),
      { speed: 200 * 1024, secondsLeft: 246 },
      'Uploading · 2.0 MB of 50 MB, 200 KB/s, 4 min left',
      ['Cancel'],
    ],
    ['finishing', upload({ step: 'finalize', bytesSent: 50 * MB }), undefined, 'Finishing…', ['Cancel']],
    ['done', upload({ step: 'done', status: 'done', bytesSent: 50 * MB, assetId: 'a1' }), undefined, 'Added to your Asset Library', ['Remove']],
    [
      'waiting to retry',
      upload({ status: 'waiting_retry', nextAttemptAt: NOW + 12_000, error: { ...failure, kind: 'network', code: 'network', message: 'No connection.' } }),
      undefined,
      'Waiting to retry (in 12 s)',
      ['Cancel'],
    ],
    ['due to retry', upload({ status: 'waiting_retry', nextAttemptAt: NOW - 1 }), undefined, 'Retrying…', ['Cancel']],
    ['failed', upload({ status: 'failed', error: failure }), undefined, 'Failed: Sume does not accept this video format.', ['Retry', 'Remove']],
    ['canceled', upload({ status: 'canceled', bytesSent: 4 * MB }), undefined, 'Canceled', ['Resume', 'Remove']],
  ])('%s', (_, record, progress, step, buttons) => {
    renderRow(record, progress);
    expect(screen.getByTestId('upload-step').textContent).toBe(step);
    const shown = Array.from(document.querySelectorAll('.upl-row__actions button'), (button) => button.textContent);
    expect(shown).toEqual(buttons);
  });

  it('tells a screen reader the progress in words on a real progress bar', () => {
    renderRow(upload({ bytesSent: 12.5 * MB }), { speed: 8.1 * MB, secondsLeft: 5 });
    const bar = screen.getByRole('progressbar', { name: 'Upload of holiday.mp4' });
    expect(bar.tagName).toBe('PROGRESS');
    expect(bar.getAttribute('value')).toBe(String(12.5 * MB));
    expect(bar.getAttribute('max')).toBe(String(50 * MB));
    expect(bar.getAttribute('aria-valuetext')).toBe('13 MB of 50 MB, 8.1 MB/s, 5 s left');
  });

  it('waits its turn with no bar at all, while another upload goes first', () => {
    renderRow(upload({ step: 'presign' }), undefined, true);
    expect(screen.getByTestId('upload-step').textContent).toBe('Waiting to upload');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Cancel upload of holiday.mp4' })).toBeTruthy();
  });

  it('while preparing, shows an empty bar that says so, never an indeterminate one (Firefox draws that full)', () => {
    renderRow(upload({ step: 'presign' }));
    const bar = screen.getByRole('progressbar', { name: 'Upload of holiday.mp4' });
    expect(bar.getAttribute('value')).toBe('0');
    expect(bar.getAttribute('aria-valuetext')).toBe('Preparing…');
    expect(bar.classList.contains('upl-row__bar--preparing')).toBe(true);
  });

  it.each<[string, UploadRecord]>([
    ['preparing', upload({ step: 'presign' })],
    ['uploading', upload({ bytesSent: 12.5 * MB })],
    ['finishing', upload({ step: 'finalize', bytesSent: 50 * MB })],
    ['waiting to retry a presign', upload({ step: 'presign', status: 'waiting_retry', nextAttemptAt: NOW + 5_000 })],
    ['waiting to retry a PUT', upload({ status: 'waiting_retry', nextAttemptAt: NOW + 5_000 })],
  ])('every bar shown has a value (%s)', (_, record) => {
    renderRow(record);
    expect(screen.getByRole('progressbar').hasAttribute('value')).toBe(true);
  });

  it('has no bar once finished', () => {
    renderRow(upload({ step: 'done', status: 'done' }));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows a failure with its request id, and retries it', async () => {
    const actions = renderRow(upload({ status: 'failed', error: failure }));
    expect(screen.getByTestId('request-id').textContent).toBe('req_9f2');
    fireEvent.click(screen.getByRole('button', { name: 'Retry upload of holiday.mp4' }));
    await waitFor(() => expect(actions.onRetry).toHaveBeenCalledWith('u1'));
  });

  it.each([
    ['queued', 'Sume is processing it…'],
    ['completed', null],
    ['failed', 'Sume could not process it: Corrupt video.'],
  ] as const)('once added, tells how Sume’s processing goes (%s)', (status, text) => {
    const ingest = {
      id: 'job1',
      status,
      since: NOW,
      polls: 1,
      nextPollAt: NOW + 5_000,
      ...(status === 'failed' ? { error: { message: 'Corrupt video.' } } : {}),
    };
    renderRow(upload({ step: 'done', status: 'done', bytesSent: 50 * MB, assetId: 'a1', ingest }));
    expect(screen.getByTestId('upload-step').textContent).toBe('Added to your Asset Library');
    expect(screen.queryByTestId('upload-ingest')?.textContent ?? null).toBe(text);
  });

  it('says why it waits', () => {
    renderRow(upload({ status: 'waiting_retry', nextAttemptAt: NOW + 125_000, error: { kind: 'network', code: 'network', message: 'No connection.' } }));
    expect(screen.getByTestId('upload-step').textContent).toBe('Waiting to retry (in 2 min)');
    expect(screen.getByText('No connection.')).toBeTruthy();
  });

  it('names its source and where a capture came from', () => {
    renderRow(upload({ source: 'frame', filename: 'frame.png', meta: { title: 'Sourdough at home', videoTimeSeconds: 75 } }));
    expect(screen.getByText('Video frame · from Sourdough at home at 1:15')).toBeTruthy();
  });

  it('cancels, and says so when the background cannot be reached', async () => {
    const actions = renderRow(upload());
    actions.onCancel.mockRejectedValueOnce(new Error('gone'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel upload of holiday.mp4' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(actions.onCancel).toHaveBeenCalledWith('u1');
  });
});
