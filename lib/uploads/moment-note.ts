/**
 * A moment's note: typed by the person in the extension's own surface (never in the page), yet
 * cleaned as any text that ends up in Sume and in lists: control characters, bidi overrides and
 * zero-width marks go (they could make a note read as something else), runs of spaces become one,
 * line breaks are kept (at most one empty line in a row), and it is cut at NOTE_MAX_CHARS
 * characters — never in the middle of an emoji.
 */

export const NOTE_MAX_CHARS = 500;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are removed.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

/** The note as kept, or undefined when nothing is left of it. */
export function cleanNote(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const tidy = text
    .replace(/\r\n?/g, '\n')
    .replace(UNSAFE, ' ')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const characters = Array.from(tidy);
  const kept = characters.length <= NOTE_MAX_CHARS ? tidy : characters.slice(0, NOTE_MAX_CHARS).join('').trimEnd();
  return kept || undefined;
}
