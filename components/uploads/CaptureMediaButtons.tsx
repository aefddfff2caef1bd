import { useState } from 'preact/hooks';
import type { AddOutcome } from '@/lib/ui/use-uploads';
import type { UploadRecord } from '@/lib/uploads/upload-record';
import { UploadOutcome } from './UploadOutcome';

type Kind = 'page' | 'video' | 'frame';

interface Props {
  onScreenshot: (crop: 'page' | 'video') => Promise<AddOutcome>;
  onFrame: () => Promise<AddOutcome>;
  /** False when the tab shows no TikTok or Instagram video: the video captures cannot work. */
  videoAvailable?: boolean;
  /** The uploads as listed, so "… is uploading" ends when that upload has settled. */
  records?: readonly UploadRecord[] | null;
}

const BUTTONS: { kind: Kind; label: string; done: string }[] = [
  { kind: 'page', label: 'Screenshot', done: 'The screenshot is uploading to your Asset Library.' },
  { kind: 'video', label: 'Screenshot of the video', done: 'The screenshot of the video is uploading to your Asset Library.' },
  { kind: 'frame', label: 'Current frame', done: 'The current frame is uploading to your Asset Library.' },
];

/** Screenshot of the tab, of its video, or the video's current frame, straight into the library. */
export function CaptureMediaButtons({ onScreenshot, onFrame, videoAvailable = true, records }: Props) {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [result, setResult] = useState<{ kind: Kind; outcome: AddOutcome } | null>(null);

  const capture = async (kind: Kind) => {
    setBusy(kind);
    setResult(null);
    try {
      setResult({ kind, outcome: await (kind === 'frame' ? onFrame() : onScreenshot(kind)) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setResult({ kind, outcome: { started: 0, rejected: [], error: { kind: 'network', code: 'extension_error', message } } });
    } finally {
      setBusy(null);
    }
  };

  const done = BUTTONS.find((button) => button.kind === result?.kind)?.done ?? '';
  return (
    <div class="upl-capture">
      <div class="upl-capture__buttons" role="group" aria-label="Capture from this tab">
        {BUTTONS.map(({ kind, label }) => (
          <button
            key={kind}
            type="button"
            class="sc-button"
            disabled={busy !== null || (kind !== 'page' && !videoAvailable)}
            aria-busy={busy === kind ? 'true' : undefined}
            onClick={() => void capture(kind)}
          >
            {busy === kind && <span class="sc-spinner" aria-hidden="true" />}
            {label}
          </button>
        ))}
      </div>
      {!videoAvailable && <p class="upl-capture__hint sc-muted">Open a TikTok video or an Instagram Reel to capture its video.</p>}
      <div aria-live="polite">{result && <UploadOutcome outcome={result.outcome} records={records} started={() => done} />}</div>
    </div>
  );
}
