// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { AddOutcome } from '@/lib/ui/use-uploads';
import type { UploadRecord } from '@/lib/uploads/upload-record';
import { UploadOutcome } from './UploadOutcome';
import { upload } from './test-uploads';

afterEach(cleanup);

const NOTICE = /One file is uploading to your Asset Library\. It goes on in the background/;
const outcome: AddOutcome = { started: 1, ids: ['u1'], rejected: [{ filename: 'notes.txt', reason: 'not an image or a video' }] };
const started = () => 'One file is uploading to your Asset Library.';

function show(records: readonly UploadRecord[] | null | undefined) {
  return render(<UploadOutcome outcome={outcome} started={started} records={records} />);
}

describe('UploadOutcome', () => {
  it('says the file is uploading while its upload moves, and stops once it has settled', () => {
    const { rerender } = show([]);
    // Not listed yet: the list catches up a moment after the start.
    expect(screen.queryByText(NOTICE)).not.toBeNull();
    rerender(<UploadOutcome outcome={outcome} started={started} records={[upload({ id: 'u1' })]} />);
    expect(screen.queryByText(NOTICE)).not.toBeNull();
    rerender(<UploadOutcome outcome={outcome} started={started} records={[upload({ id: 'u1', status: 'waiting_retry' })]} />);
    expect(screen.queryByText(NOTICE)).not.toBeNull();
    rerender(<UploadOutcome outcome={outcome} started={started} records={[upload({ id: 'u1', step: 'done', status: 'done' })]} />);
    expect(screen.queryByText(NOTICE)).toBeNull();
    // What was refused is still said: no row tells it.
    expect(screen.getByText('notes.txt: not an image or a video')).toBeTruthy();
  });

  it.each(['failed', 'canceled'] as const)('stops saying "uploading" once the upload is %s', (status) => {
    show([upload({ id: 'u1', status })]);
    expect(screen.queryByText(NOTICE)).toBeNull();
  });

  it('stops once an upload that was listed is removed from the list', () => {
    const { rerender } = show([upload({ id: 'u1' })]);
    expect(screen.queryByText(NOTICE)).not.toBeNull();
    rerender(<UploadOutcome outcome={outcome} started={started} records={[]} />);
    expect(screen.queryByText(NOTICE)).toBeNull();
  });

  it('keeps saying "uploading" while any one of several files still moves', () => {
    const two: AddOutcome = { started: 2, ids: ['u1', 'u2'], rejected: [] };
    render(
      <UploadOutcome
        outcome={two}
        started={() => '2 files are uploading.'}
        records={[upload({ id: 'u1', status: 'done', step: 'done' }), upload({ id: 'u2' })]}
      />,
    );
    expect(screen.queryByText(/2 files are uploading\./)).not.toBeNull();
  });

  it('without the list (or the ids) it says what started, as before', () => {
    show(undefined);
    expect(screen.queryByText(NOTICE)).not.toBeNull();
    cleanup();
    render(<UploadOutcome outcome={{ started: 1, rejected: [] }} started={started} records={[upload({ id: 'u1', status: 'done', step: 'done' })]} />);
    expect(screen.queryByText(NOTICE)).not.toBeNull();
  });
});
