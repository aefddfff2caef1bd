/**
 * The file name of a screenshot or a frame, for the person who finds it in the Asset Library: what
 * it is, the moment in the video, who posted it and where — "Frame 0∶07 · @luna.bakes · TikTok.png",
 * "Moment at 0∶07 · @luna.bakes · TikTok.png",
 * "Screenshot · www.example.com.png". A part that is not known is left out, never guessed. The
 * creator is page text, so every part is cleaned and the whole kept short: the name is a file name
 * again once someone downloads the asset.
 */
import { t } from '../i18n/t';
import { PLATFORMS } from '../platforms/registry';
import type { UploadMeta } from './upload-record';

export type CaptureKind = 'frame' | 'screenshot' | 'video-screenshot' | 'moment';

/** Whole names stay well under every file system's 255 bytes, and readable in a list. */
export const MAX_NAME_LENGTH = 100;
/** TikTok handles have at most 24 characters, Instagram usernames 30: more is not a handle. */
const MAX_HANDLE_LENGTH = 30;
const MAX_HOST_LENGTH = 40;

const SEPARATOR = ' · ';
/**
 * U+2236 RATIO, not ":": a colon is refused in Windows file names and shown as "/" by the macOS
 * Finder, and the name is a file name again when the asset is downloaded. It reads the same.
 */
const TIME_COLON = '∶';

/**
 * Control characters, bidi overrides and isolates (they could make a name read as something else),
 * zero-width marks, and what file systems refuse or treat as paths.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are removed.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff/\\:*?"<>|]+/g;

function clean(text: string, max: number): string {
  const tidy = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return cut(tidy, max);
}

/** Cut by characters, not UTF-16 units (an emoji is never split in half), marked with "…". */
function cut(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length <= max
    ? text
    : `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** 7.9 → "0∶07", 3725 → "1∶02∶05": whole seconds, as a video player shows the moment. */
export function formatVideoTime(seconds: number): string {
  const total = Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}${TIME_COLON}${String(m).padStart(2, '0')}${TIME_COLON}${s}` : `${m}${TIME_COLON}${s}`;
}

function creatorPart(creator: string | undefined): string | null {
  // Leading "@" and dots: the "@" is ours, and a name must not become a hidden file.
  const handle = clean(creator ?? '', MAX_HANDLE_LENGTH).replace(/^[@.\s]+/, '');
  return handle ? `@${handle}` : null;
}

/** What it is, with the moment in the video when there is one: "Frame 0∶07", "Screenshot". */
function kindPart(kind: CaptureKind, time: string): string {
  if (kind === 'frame') return time ? t('core_fileNameFrameAt', { time }) : t('core_fileNameFrame');
  // A moment always has its time (moment.ts gives it one).
  if (kind === 'moment') return t('moments_fileNameAt', { time: time || formatVideoTime(0) });
  if (kind === 'video-screenshot') return time ? t('core_fileNameVideoScreenshotAt', { time }) : t('core_fileNameVideoScreenshot');
  return t('core_fileNameScreenshot');
}

/** The platform's name, else the page's host as the address bar shows it. */
function placePart(meta: UploadMeta): string | null {
  const platform = PLATFORMS.find((candidate) => candidate.id === meta.platform);
  if (platform) return platform.name;
  if (!meta.pageUrl) return null;
  try {
    return clean(new URL(meta.pageUrl).hostname, MAX_HOST_LENGTH) || null;
  } catch {
    return null;
  }
}

export function captureFilename(kind: CaptureKind, meta: UploadMeta, extension = 'png'): string {
  const time =
    kind !== 'screenshot' && meta.videoTimeSeconds !== undefined && Number.isFinite(meta.videoTimeSeconds) ? formatVideoTime(meta.videoTimeSeconds) : '';
  const parts = [clean(kindPart(kind, time), MAX_NAME_LENGTH), creatorPart(meta.creator), placePart(meta)].filter((part): part is string => Boolean(part));
  const suffix = `.${extension.replace(/[^a-z0-9]/gi, '').slice(0, 8) || 'bin'}`;
  return `${cut(parts.join(SEPARATOR), MAX_NAME_LENGTH - suffix.length)}${suffix}`;
}
