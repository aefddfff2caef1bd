// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '@/lib/messaging';
import { addFiles } from '@/lib/ui/use-uploads';
import { deleteBlob, putBlob } from '@/lib/uploads/blob-store';
import { UploadDropZone } from './UploadDropZone';

vi.mock('@/lib/messaging', () => ({ sendMessage: vi.fn() }));
vi.mock('@/lib/uploads/blob-store', () => ({ putBlob: vi.fn(async () => {}), deleteBlob: vi.fn(async () => {}) }));
vi.mock('@/lib/uploads/upload-store', () => ({ listUploads: vi.fn(async () => []), watchUploads: vi.fn(() => () => {}) }));

const send = vi.mocked(sendMessage);
const put = vi.mocked(putBlob);

const file = (name: string, type: string, bytes = 1024) => new File([new Uint8Array(bytes)], name, { type });

beforeEach(() => {
  vi.clearAllMocks();
  send.mockImplementation((async (_type: string, data: { items: unknown[] }) => ({
    ok: true,
    ids: data.items.map((_, i) => `up${i}`),
    rejected: [],
  })) as never);
});
afterEach(cleanup);

describe('addFiles', () => {
  it.each([
    ['an empty file', file('empty.png', 'image/png', 0), /empty/],
    ['a document', file('notes.pdf', 'application/pdf'), /not an image or a video \(application\/pdf\)/],
    ['a file of unknown type', file('clip.mkv', ''), /unknown type/],
  ])('refuses %s with a reason, and sends nothing', async (_, refused, reason) => {
    const outcome = await addFiles([refused]);
    expect(outcome.started).toBe(0);
    expect(outcome.rejected).toEqual([{ filename: refused.name, reason: expect.stringMatching(reason) }]);
    expect(put).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  it('keeps every valid file first, then asks the background once for all of them', async () => {
    const order: string[] = [];
    put.mockImplementation(async (id) => void order.push(`put:${id}`));
    send.mockImplementation((async (type: string) => {
      order.push(type);
      return { ok: true, ids: ['a', 'b'], rejected: [] };
    }) as never);
    const photo = file('photo.jpg', 'image/jpeg');
    const clip = file('clip.mp4', 'video/mp4', 4096);

    const outcome = await addFiles([photo, file('notes.txt', 'text/plain'), clip]);

    expect(outcome).toEqual({ started: 2, ids: ['a', 'b'], rejected: [{ filename: 'notes.txt', reason: expect.stringContaining('notes.txt') }] });
    expect(put).toHaveBeenCalledTimes(2);
    expect(put.mock.calls[0]![1]).toBe(photo);
    expect(put.mock.calls[1]![1]).toBe(clip);
    expect(order.slice(0, 2).every((step) => step.startsWith('put:'))).toBe(true);
    expect(order[2]).toBe('startUploads');
    expect(send).toHaveBeenCalledTimes(1);
    const [blobA, blobB] = put.mock.calls.map(([id]) => id);
    expect(send).toHaveBeenCalledWith('startUploads', {
      items: [
        { blobId: blobA, filename: 'photo.jpg', contentType: 'image/jpeg', sizeBytes: 1024, source: 'file', meta: {} },
        { blobId: blobB, filename: 'clip.mp4', contentType: 'video/mp4', sizeBytes: 4096, source: 'file', meta: {} },
      ],
    });
    expect(blobA).not.toBe(blobB);
  });

  it('passes on what the background refused, and its error', async () => {
    send.mockResolvedValueOnce({ ok: true, ids: [], rejected: [{ filename: 'big.mp4', reason: 'Larger than your plan allows.' }] } as never);
    expect(await addFiles([file('big.mp4', 'video/mp4')])).toEqual({
      started: 0,
      ids: [],
      rejected: [{ filename: 'big.mp4', reason: 'Larger than your plan allows.' }],
    });
    const error = { kind: 'http', status: 401, code: 'unauthorized', message: 'Sume refused your API key.', requestId: 'req_1' };
    send.mockResolvedValueOnce({ ok: false, error } as never);
    expect(await addFiles([file('a.png', 'image/png')])).toEqual({ started: 0, ids: [], rejected: [], error });
    // Refused outright: the saved bytes are not left behind.
    expect(vi.mocked(deleteBlob)).toHaveBeenCalledWith(put.mock.calls[1]![0]);
  });

  it('a file that cannot be saved is refused on its own; the others still go', async () => {
    put.mockRejectedValueOnce(new Error('QuotaExceededError'));
    const outcome = await addFiles([file('a.png', 'image/png'), file('b.png', 'image/png')]);
    expect(outcome.rejected).toEqual([{ filename: 'a.png', reason: expect.stringContaining('could not be saved') }]);
    expect(send).toHaveBeenCalledWith('startUploads', { items: [expect.objectContaining({ filename: 'b.png' })] });
  });

  it('asks at most 100 files per message, the limit the background takes', async () => {
    const many = Array.from({ length: 150 }, (_, i) => file(`p${i}.png`, 'image/png'));
    const outcome = await addFiles(many);
    expect(send).toHaveBeenCalledTimes(2);
    expect((send.mock.calls[0]![1] as { items: unknown[] }).items).toHaveLength(100);
    expect((send.mock.calls[1]![1] as { items: unknown[] }).items).toHaveLength(50);
    expect(outcome.started).toBe(150);
  });

  it('shortens a name longer than the background takes, keeping its extension', async () => {
    await addFiles([file(`${'x'.repeat(300)}.mp4`, 'video/mp4')]);
    const [item] = (send.mock.calls[0]![1] as { items: { filename: string }[] }).items;
    expect(item!.filename).toHaveLength(255);
    expect(item!.filename.endsWith('.mp4')).toBe(true);
  });

  it('a silent background becomes an error the user can read', async () => {
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const outcome = await addFiles([file('a.png', 'image/png')]);
    expect(outcome.error?.message).toMatch(/Receiving end does not exist.*reload the extension/);
    // The background may have taken them before going quiet: their bytes stay.
    expect(vi.mocked(deleteBlob)).not.toHaveBeenCalled();
  });
});

describe('UploadDropZone with addFiles', () => {
  it('choosing files shows each refused file with its reason, and what started', async () => {
    render(<UploadDropZone onFiles={(files) => addFiles(files)} />);
    const input = screen.getByTestId('upload-input') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file('photo.jpg', 'image/jpeg'), file('empty.mp4', 'video/mp4', 0)], configurable: true });
    fireEvent.change(input);
    expect(await screen.findByText(/One file is uploading to your Asset Library/)).toBeTruthy();
    expect(screen.getByTestId('upload-rejected').textContent).toContain('“empty.mp4” is empty.');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('only invalid files: reasons shown, no message sent', async () => {
    render(<UploadDropZone onFiles={(files) => addFiles(files)} />);
    const input = screen.getByTestId('upload-input') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file('notes.pdf', 'application/pdf')], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByTestId('upload-rejected').textContent).toContain('notes.pdf'));
    expect(screen.queryByText(/uploading to your Asset Library/)).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });

  it('the button opens the picker for images and videos', () => {
    render(<UploadDropZone onFiles={async () => ({ started: 0, rejected: [] })} />);
    const input = screen.getByTestId('upload-input') as HTMLInputElement;
    const click = vi.spyOn(input, 'click');
    fireEvent.click(screen.getByRole('button', { name: 'Choose files' }));
    expect(click).toHaveBeenCalled();
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('image/*,video/*');
  });

  it('shows a drop state while files are dragged over it, and takes dropped files', async () => {
    const onFiles = vi.fn(async () => ({ started: 1, rejected: [] }));
    render(<UploadDropZone onFiles={onFiles} />);
    const zone = screen.getByTestId('upload-drop-zone');
    const dropped = file('photo.jpg', 'image/jpeg');
    const dataTransfer = { types: ['Files'], files: [dropped], dropEffect: 'none' };
    fireEvent.dragEnter(zone, { dataTransfer });
    expect(zone.dataset.dragging).toBe('true');
    expect(screen.getByText('Drop to add to your Asset Library')).toBeTruthy();
    fireEvent.dragLeave(zone, { dataTransfer });
    expect(zone.dataset.dragging).toBeUndefined();
    fireEvent.dragEnter(zone, { dataTransfer });
    fireEvent.drop(zone, { dataTransfer });
    expect(zone.dataset.dragging).toBeUndefined();
    await waitFor(() => expect(onFiles).toHaveBeenCalledWith([dropped]));
  });

  it('ignores dragged text and links', () => {
    render(<UploadDropZone onFiles={async () => ({ started: 0, rejected: [] })} />);
    const zone = screen.getByTestId('upload-drop-zone');
    fireEvent.dragEnter(zone, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(zone.dataset.dragging).toBeUndefined();
  });

  it('in Firefox\'s popup, "Choose files" hands over to a tab', () => {
    const onChooseFiles = vi.fn();
    render(<UploadDropZone onFiles={async () => ({ started: 0, rejected: [] })} onChooseFiles={onChooseFiles} chooseHint="Opens a tab." />);
    fireEvent.click(screen.getByRole('button', { name: 'Choose files' }));
    expect(onChooseFiles).toHaveBeenCalled();
    expect(screen.queryByTestId('upload-input')).toBeNull();
  });
});
