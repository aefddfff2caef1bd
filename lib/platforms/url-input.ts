import { type Rejection, refuse } from './parsed-reference';

/** Far above any real permalink's address; only this much of a paste is ever read, so huge pastes cost nothing. */
export const MAX_INPUT_LENGTH = 2048;

export type WebUrl = { ok: true; hostname: string; segments: string[] };

// One quantifier, anchored: linear. Mirrors RFC 3986 `scheme ":"`.
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/**
 * Turns pasted text into a hostname plus non-empty path segments, or says why it cannot be a
 * TikTok/Instagram link. Never throws. Query and fragment are dropped here: every value in
 * them (`is_from_webapp`, `web_id`, `share_item_id`, `igsh`, `utm_*`, `img_index`) is
 * tracking or a decoy, never the video's id.
 */
export function readWebUrl(input: unknown): WebUrl | Rejection {
  if (typeof input !== 'string') return refuse('links_pasteLink');
  const address = addressPart(input);
  if (address === null) return refuse('links_tooLong');
  const text = address.trim();
  if (text.length === 0) return refuse('links_pasteLink');
  // Words, not an address: say so rather than suspect a look-alike host.
  if (/\s/.test(text)) return refuse('links_notALink');

  const withScheme = addMissingScheme(text);
  if (withScheme === null) {
    return refuse('links_webLinksOnly');
  }
  const authority = rawAuthority(withScheme);
  if (!isPlainAscii(authority)) {
    return refuse('links_encodedHost');
  }

  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return refuse('links_invalidLink');
  }
  if (url.username !== '' || url.password !== '') {
    return refuse('links_userInfo');
  }
  if (url.port !== '') return refuse('links_port');
  const hostname = url.hostname.toLowerCase();
  if (hostname.split('.').some((label) => label.startsWith('xn--'))) {
    return refuse('links_internationalHost');
  }

  // Links pasted from some apps glue the query on with `&` instead of `?`
  // (`/reel/<code>/&igsh=…`); no id, code or handle contains `&`, so cut there.
  const ampersand = url.pathname.indexOf('&');
  const path = ampersand === -1 ? url.pathname : url.pathname.slice(0, ampersand);
  // The URL parser leaves `%2F` alone, so `/@a%2Fvideo%2F<id>` would be one segment that
  // a server may later decode into a different path: refuse encoded separators outright.
  if (/%(?:2f|5c)/i.test(path)) {
    return refuse('links_encodedSlash');
  }
  return { ok: true, hostname, segments: path.split('/').filter((segment) => segment !== '') };
}

/**
 * The input up to its query or fragment: tracking queries of any length are dropped, not a
 * reason to refuse. Only the first MAX_INPUT_LENGTH characters are looked at, so a huge paste
 * costs no more than a permalink; one whose address part is longer than that is refused.
 */
function addressPart(input: string): string | null {
  const head = input.slice(0, MAX_INPUT_LENGTH + 1);
  const end = head.search(/[?#]/);
  if (end !== -1) return head.slice(0, end);
  return input.length > MAX_INPUT_LENGTH ? null : input;
}

/**
 * Scheme-less input (`tiktok.com/@a/video/…`, `//www.instagram.com/reel/…`) is what people
 * copy from share sheets and chat apps, so it is read as https. Any scheme other than http(s)
 * returns null: `javascript:`, `data:`, `blob:`, `file:` can never be a public video.
 */
function addMissingScheme(text: string): string | null {
  if (text.startsWith('//')) return `https:${text}`;
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) return `https://${text}`;
  if (scheme === 'http' || scheme === 'https') return text;
  // `tiktok.com:443/…` parses as scheme "tiktok.com"; a dotted "scheme" is a host.
  if (scheme.includes('.')) return `https://${text}`;
  return null;
}

/**
 * The authority as typed, before the URL parser maps full-width letters to ASCII and decodes
 * `%74` in hosts: `ｔｉｋｔｏｋ.com` and `tik%74ok.com` must be refused, not silently
 * normalised. Skips slashes and backslashes after the colon like the URL parser does for
 * http(s).
 */
function rawAuthority(url: string): string {
  let start = url.indexOf(':') + 1;
  while (start < url.length && (url[start] === '/' || url[start] === '\\')) start += 1;
  let end = start;
  while (end < url.length && !'/\\?#'.includes(url[end] ?? '/')) end += 1;
  return url.slice(start, end);
}

function isPlainAscii(authority: string): boolean {
  for (let i = 0; i < authority.length; i += 1) {
    const code = authority.charCodeAt(i);
    if (code <= 0x20 || code >= 0x7f || code === 0x25 /* % */) return false;
  }
  return true;
}
