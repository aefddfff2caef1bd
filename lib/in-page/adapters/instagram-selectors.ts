/**
 * Where Instagram keeps things (../shared/platform-notes.md). Atomic class names are useless, so
 * only roles, element shapes and href shapes. Data only, in one place.
 */
export const INSTAGRAM = {
  main: 'main',
  dialog: 'div[role="dialog"]',
  post: 'article',
  /** The permalink is the link around a post's `<time>`; sponsored posts have none. */
  timestamp: 'a[href] time',
  videoBlock: 'div[data-visualcompletion="ignore-late-mutation"]',
  /** The author's name link, `/<username>/`; shown when confirming, never used to build a URL. */
  profileLink: 'a[href^="/"][href$="/"]',
  profilePath: /^\/([A-Za-z0-9._]{1,30})\/$/,
  caption: 'h1, span[dir="auto"]',
  /** How far above a video the second strategy looks for the one post it links to. */
  structureLevels: 8,
} as const;
