/**
 * A small picture of an image being uploaded, kept on its record so the upload lists show what
 * each file is: at most 96 px on its long side, JPEG, a few KB as a data URL. Made where the
 * bytes are (the background), with `createImageBitmap` and `OffscreenCanvas`, which both
 * browsers' workers and pages have. Videos and images the browser cannot decode get none: the row
 * shows its source icon instead.
 */

export const THUMBNAIL_EDGE = 96;
/** A 96 px JPEG is 2–6 KB; anything bigger than this is not a thumbnail and is not kept. */
export const THUMBNAIL_MAX_CHARS = 24_000;
export const THUMBNAIL_PREFIX = 'data:image/jpeg;base64,';

/** The size of a thumbnail of a `width` × `height` image: the long side at most `edge`, never enlarged. */
export function thumbnailSize(width: number, height: number, edge = THUMBNAIL_EDGE): { width: number; height: number } {
  const scale = Math.min(1, edge / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export function toDataUrl(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `${THUMBNAIL_PREFIX}${btoa(binary)}`;
}

export async function makeThumbnail(blob: Blob): Promise<string | undefined> {
  if (!blob.type.startsWith('image/') || typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return undefined;
  try {
    const bitmap = await createImageBitmap(blob);
    const size = thumbnailSize(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    // Transparent pixels on white, as a JPEG cannot keep them.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    bitmap.close();
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.75 });
    const url = toDataUrl(new Uint8Array(await jpeg.arrayBuffer()));
    return url.length <= THUMBNAIL_MAX_CHARS ? url : undefined;
  } catch {
    // An image the browser cannot decode (or an SVG in a worker): no thumbnail, the icon stands in.
    return undefined;
  }
}
