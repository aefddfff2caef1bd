// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '@/lib/messaging';
import { type AddOutcome, useUploads } from '@/lib/ui/use-uploads';
import { listUploads, watchUploads } from '@/lib/uploads/upload-store';
import { AddToLibraryCard } from './AddToLibraryCard';
import { MB, upload } from './test-uploads';

vi.mock('@/lib/messaging', () => ({ sendMessage: vi.fn() }));
vi.mock('@/lib/uploads/blob-store', () => ({ putBlob: vi.fn(async () => {}) }));
vi.mock('@/lib/uploads/upload-store', () => ({ listUploads: vi.fn(), watchUploads: vi.fn() }));

const list = vi.mocked(listUploads);
const send = vi.mocked(sendMessage);
let changed: () => void = () => {};
const unwatch = vi.fn();

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(watchUploads).mockImplementation((listener) => {
    changed = listener;
    return unwatch;
  });
});
afterEach(cleanup);

describe('useUploads', () => {
  it('lists uploads, follows every change, and measures speed and time left from progress', async () => {
    const t0 = Date.now();
    list.mockResolvedValueOnce([upload({ bytesSent: 0, updatedAt: t0 - 2_000 })]);
    const { result, unmount } = renderHook(() => useUploads());
    await waitFor(() => expect(result.current.records).toHaveLength(1));
    expect(result.current.progress.get('u1')?.speed).toBeNull();

    list.mockResolvedValueOnce([upload({ bytesSent: 4 * MB, updatedAt: t0 - 1_000 })]);
    act(() => changed());
    await waitFor(() => expect(result.current.records?.[0]?.bytesSent).toBe(4 * MB));
    list.mockResolvedValueOnce([upload({ bytesSent: 8 * MB, updatedAt: t0 })]);
    act(() => changed());
    await waitFor(() => expect(result.current.records?.[0]?.bytesSent).toBe(8 * MB));

    const progress = result.current.progress.get('u1')!;
    // 8 MB in 2 s, measured up to the real clock (a little later than t0 by now).
    expect(progress.speed! / MB).toBeGreaterThan(3);
    expect(progress.speed! / MB).toBeLessThanOrEqual(4);
    expect(progress.secondsLeft).toBeGreaterThanOrEqual(11);
    expect(progress.secondsLeft).toBeLessThanOrEqual(14);

    unmount();
    expect(unwatch).toHaveBeenCalled();
  });

  it('a list that cannot be read is a failure to show', async () => {
    list.mockRejectedValueOnce(new Error('IndexedDB is not available.'));
    const { result } = renderHook(() => useUploads());
    await waitFor(() => expect(result.current.failure).toBe('IndexedDB is not available.'));
    expect(result.current.records).toBeNull();
  });

  it.each([
    ['cancel', 'cancelUpload'],
    ['retry', 'retryUpload'],
    ['remove', 'removeUpload'],
  ] as const)('%s asks the background (%s)', async (action, message) => {
    list.mockResolvedValue([]);
    send.mockResolvedValueOnce(undefined as never);
    const { result } = renderHook(() => useUploads());
    await result.current[action]('u1');
    expect(send).toHaveBeenCalledWith(message, { id: 'u1' });
  });
});

/** The popup's Asset Library row, where the capture buttons live and their outcome shows. */
function renderCard(props: { onScreenshot?: () => Promise<AddOutcome>; onFrame?: () => Promise<AddOutcome>; videoAvailable?: boolean }) {
  const none = async (): Promise<AddOutcome> => ({ started: 0, rejected: [] });
  render(
    <AddToLibraryCard
      records={[]}
      progress={new Map()}
      now={0}
      onFiles={none}
      onScreenshot={props.onScreenshot ?? none}
      onFrame={props.onFrame ?? none}
      showCaptureButtons
      videoAvailable={props.videoAvailable ?? true}
      onOpenAll={() => undefined}
      onCancel={async () => undefined}
      onRetry={async () => undefined}
      onRemove={async () => undefined}
    />,
  );
}

describe('the Asset Library row (CaptureMediaButtons)', () => {
  it('takes a screenshot of the video and says it is uploading', async () => {
    const onScreenshot = vi.fn(async () => ({ started: 1, rejected: [] }));
    renderCard({ onScreenshot });
    fireEvent.click(screen.getByRole('button', { name: 'Screenshot of the video' }));
    expect(await screen.findByText(/The screenshot of the video is uploading/)).toBeTruthy();
    expect(onScreenshot).toHaveBeenCalledWith('video');
  });

  it('shows why a frame could not be taken', async () => {
    const onFrame = vi.fn(async () => ({
      started: 0,
      rejected: [{ filename: 'frame.png', reason: 'The video is protected: use “Screenshot of the video”.' }],
    }));
    renderCard({ onFrame });
    fireEvent.click(screen.getByRole('button', { name: 'Current frame' }));
    expect((await screen.findByTestId('upload-rejected')).textContent).toContain('The video is protected');
  });

  it('shows an error with its request id, and the next outcome replaces it', async () => {
    const error = { kind: 'http' as const, status: 402, code: 'insufficient_credits', message: 'Not enough storage.', requestId: 'req_77' };
    renderCard({ onScreenshot: async () => ({ started: 0, rejected: [], error }), onFrame: async () => ({ started: 1, rejected: [] }) });
    fireEvent.click(screen.getByRole('button', { name: 'Screenshot of the page' }));
    expect((await screen.findByTestId('request-id')).textContent).toBe('req_77');
    fireEvent.click(screen.getByRole('button', { name: 'Current frame' }));
    expect(await screen.findByText(/The current frame is uploading/)).toBeTruthy();
    expect(screen.queryByTestId('request-id')).toBeNull();
    expect(screen.getAllByTestId('upload-outcome')).toHaveLength(1);
  });

  it('without a video on the tab, only the page screenshot is offered, and the disabled ones say why', () => {
    renderCard({ videoAvailable: false });
    expect((screen.getByRole('button', { name: 'Screenshot of the page' }) as HTMLButtonElement).disabled).toBe(false);
    const frame = screen.getByRole('button', { name: 'Current frame' }) as HTMLButtonElement;
    expect(frame.disabled).toBe(true);
    expect(frame.title).toMatch(/Open a TikTok video/);
  });
});
