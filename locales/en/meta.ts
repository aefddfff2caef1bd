/** What the browser and `Intl` need to know about this language. */
export const meta = {
  /** The BCP 47 tag of this file's language: its plural rules. */
  language: 'en',
} as const;
