import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import type { AddOutcome } from '@/lib/ui/use-uploads';

export type MediaKind = 'page' | 'video' | 'frame';

interface Props {
  onScreenshot: (crop: 'page' | 'video') => Promise<AddOutcome>;
  onFrame: () => Promise<AddOutcome>;
  /** False when the tab shows no TikTok or Instagram video: the video captures cannot work. */
  videoAvailable?: boolean;
  /** What became of the last capture (null while one is being taken). */
  onOutcome: (result: { kind: MediaKind; outcome: AddOutcome } | null) => void;
}

/** Short on screen (one row in the popup); the accessible name says what each one takes. */
const buttons = (): { kind: MediaKind; label: string; name: string; icon: string }[] => [
  { kind: 'page', label: t('uploads_mediaPage'), name: t('uploads_mediaPageName'), icon: 'M4 7h3l2-3h6l2 3h3v13H4zM12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z' },
  { kind: 'video', label: t('uploads_mediaVideo'), name: t('uploads_mediaVideoName'), icon: 'M3 5h13v14H3zM16 10l5-3v10l-5-3' },
  { kind: 'frame', label: t('uploads_mediaFrame'), name: t('uploads_mediaFrameName'), icon: 'M4 4h16v16H4zM4 9h16M4 15h16M9 4v16M15 4v16' },
];

/** "The screenshot is uploading…": what a capture button started. */
export function mediaStarted(kind: MediaKind): string {
  switch (kind) {
    case 'page':
      return t('uploads_mediaPageStarted');
    case 'video':
      return t('uploads_mediaVideoStarted');
    case 'frame':
      return t('uploads_mediaFrameStarted');
  }
}

/** Screenshot of the tab, of its video, or the video's current frame, straight into the library. */
export function CaptureMediaButtons({ onScreenshot, onFrame, videoAvailable = true, onOutcome }: Props) {
  const [busy, setBusy] = useState<MediaKind | null>(null);

  const capture = async (kind: MediaKind) => {
    setBusy(kind);
    onOutcome(null);
    try {
      onOutcome({ kind, outcome: await (kind === 'frame' ? onFrame() : onScreenshot(kind)) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      onOutcome({ kind, outcome: { started: 0, rejected: [], error: { kind: 'network', code: 'extension_error', message } } });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      {buttons().map(({ kind, label, name, icon }) => {
        const needsVideo = kind !== 'page' && !videoAvailable;
        return (
          <button
            key={kind}
            type="button"
            class="sc-button upl-tile"
            aria-label={name}
            title={needsVideo ? t('uploads_mediaNeedsVideo') : name}
            disabled={busy !== null || needsVideo}
            aria-busy={busy === kind ? 'true' : undefined}
            onClick={() => void capture(kind)}
          >
            {busy === kind ? (
              <span class="sc-spinner" aria-hidden="true" />
            ) : (
              <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" aria-hidden="true">
                <path d={icon} />
              </svg>
            )}
            {label}
          </button>
        );
      })}
    </>
  );
}
