/**
 * Turning what the user pointed at into bytes: a screenshot (whole, or cropped to the video), the
 * current frame of a video, or an image/video from any page. Runs in the background; browser calls
 * are injected so the logic stays testable. What cannot be had is said plainly.
 */
import { t } from '../i18n/t';
import type { FrameGrab } from './frame-grab';

export class MediaSourceError extends Error {
  override readonly name = 'MediaSourceError';
}

export async function dataUrlToBlob(dataUrl: string): Promise<Blob> {
  return (await fetch(dataUrl)).blob();
}

/** Crops a screenshot (CSS rect × device pixel ratio) with OffscreenCanvas (workers have no DOM). */
export async function cropScreenshot(screenshot: Blob, rect: Extract<FrameGrab, { kind: 'rect' }>['rect']): Promise<Blob> {
  const bitmap = await createImageBitmap(screenshot);
  const sx = Math.round(rect.x * rect.dpr);
  const sy = Math.round(rect.y * rect.dpr);
  const width = Math.max(1, Math.min(bitmap.width - sx, Math.round(rect.width * rect.dpr)));
  const height = Math.max(1, Math.min(bitmap.height - sy, Math.round(rect.height * rect.dpr)));
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')!.drawImage(bitmap, sx, sy, width, height, 0, 0, width, height);
  bitmap.close();
  return canvas.convertToBlob({ type: 'image/png' });
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
};

/** A file name people recognise: from the URL's last segment, or the kind and the time. */
export function filenameFor(contentType: string, sourceUrl?: string, prefix = 'capture'): string {
  const extension = EXTENSIONS[contentType] ?? contentType.split('/')[1] ?? 'bin';
  const last = sourceUrl ? decodeURIComponent(new URL(sourceUrl).pathname.split('/').pop() ?? '') : '';
  const base = last
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[^\w.-]+/g, '-')
    .slice(0, 80);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  return `${base || `${prefix}-${stamp}`}.${extension}`;
}

/**
 * The bytes behind an image or video's `src`. A `blob:` URL belongs to the page (a streamed video,
 * Media Source Extensions) and cannot be read from outside it; say so instead of failing vaguely.
 */
export async function fetchMedia(srcUrl: string, fetchImpl: typeof fetch = fetch): Promise<Blob> {
  if (srcUrl.startsWith('blob:')) {
    throw new MediaSourceError(t('core_mediaStreamed', { frame: t('uploads_mediaFrameName'), video: t('uploads_mediaVideoName') }));
  }
  if (srcUrl.startsWith('data:')) return dataUrlToBlob(srcUrl);
  let response: Response;
  try {
    response = await fetchImpl(srcUrl, { credentials: 'omit' });
  } catch {
    throw new MediaSourceError(t('core_mediaDownloadBlocked'));
  }
  if (!response.ok) throw new MediaSourceError(t('core_mediaDownloadRefused', { status: String(response.status) }));
  const blob = await response.blob();
  const type = (response.headers.get('content-type') ?? blob.type).split(';')[0]!.trim();
  if (!/^(image|video)\//.test(type)) throw new MediaSourceError(t('core_mediaNotMedia', { type: type || t('core_unknownType') }));
  return blob.type === type ? blob : new Blob([blob], { type });
}
