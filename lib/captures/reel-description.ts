/**
 * What the page says about a reel, to name it where the person decides: creator, the caption's first
 * line, a poster. It comes from the site's DOM, so the page could write anything there; it is shown
 * beside the canonical URL (which the page cannot dress up) and only ever as text or an image from
 * the platform's own media hosts.
 */
import { z } from 'zod';
import { isPlatformMediaHost } from '../platforms/registry';

/** As the content script reads it (plain, no zod there: see lib/in-page/capture-state.ts). */
export interface ReelDescription {
  creator?: string;
  caption?: string;
  poster?: string;
}

/** Control and bidi-override characters could make a caption read as something else. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are removed.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const text = (max: number) =>
  z
    .string()
    .max(2_000)
    .transform((value) => value.replace(UNSAFE_CHARACTERS, ' ').replace(/\s+/g, ' ').trim().slice(0, max))
    .optional();

const posterUrl = z
  .string()
  .max(2_048)
  .optional()
  .transform((value) => {
    if (!value) return undefined;
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && isPlatformMediaHost(url.hostname) ? url.href : undefined;
    } catch {
      return undefined;
    }
  });

export const reelDescriptionSchema = z.object({ creator: text(80), caption: text(160), poster: posterUrl }).transform((value): ReelDescription => {
  const out: ReelDescription = {};
  if (value.creator) out.creator = value.creator;
  if (value.caption) out.caption = value.caption;
  if (value.poster) out.poster = value.poster;
  return out;
});
