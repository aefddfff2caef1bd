/**
 * The small part of TikTok URL knowledge the content script needs (building a video's canonical
 * URL from what its player shows), kept apart from the full parser and its messages.
 */

/**
 * Exactly 19 digits. Video ids are snowflakes (upload time in seconds << 32), so every id
 * minted between 1977 and 2038 has 19 digits; a looser 15–20 would admit no real video and
 * only make room for look-alike numbers (`web_id`, LIVE room ids).
 */
export const VIDEO_ID = /^\d{19}$/;
/** TikTok's own rule: letters, digits, `_` and `.`, at most 24; may start with `.` or end with `_`. */
const HANDLE = /^[A-Za-z0-9._]{1,24}$/;
/** The `@` slot sometimes holds the author's secUid instead of a handle. */
const SEC_UID = /^MS4wLjABAAAA[A-Za-z0-9_-]{20,200}$/;
/**
 * What goes in the `@` slot of a link that has none (embed, player, `/v/<id>.html`,
 * `/share/video/<id>`). TikTok looks a video up by its id alone and serves it under any handle
 * (yt-dlp builds the same `@_` URL for handle-less links), and `@_` keeps the one URL shape
 * Sume's Reference Analysis documents, which an embed or player URL would not.
 */
export const UNKNOWN_HANDLE = '_';

/**
 * The `@` slot as the canonical URL keeps it: a handle, a secUid or nothing, exactly as the link
 * had it — never an invented handle (the duplicate guard compares ids, lib/platforms/reference-key.ts) —
 * or null when it holds something else.
 */
export function canonicalHandle(slot: string): string | null {
  return slot === '' || SEC_UID.test(slot) || HANDLE.test(slot) ? slot : null;
}

/**
 * `https://www.tiktok.com/@<handle>/video/<id>` for a handle (with or without its `@`) and a
 * 19-digit id read from the page, or null if either is malformed. Pass `_` when the handle
 * is unknown; a secUid becomes `_` as in parsed links, so this always round-trips.
 */
export function tiktokVideoUrl(handle: string, id: string): string | null {
  if (typeof handle !== 'string' || typeof id !== 'string') return null;
  const slot = handle.trim();
  const canonical = canonicalHandle(slot.startsWith('@') ? slot.slice(1) : slot);
  const trimmedId = id.trim();
  if (canonical === null || slot === '' || slot === '@' || !VIDEO_ID.test(trimmedId)) return null;
  return `https://www.tiktok.com/@${canonical}/video/${trimmedId}`;
}
