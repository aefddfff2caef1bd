/** The store listing and the browser’s extensions and shortcuts pages. */
export const manifest = {
  /** A brand: the same in every language. */
  name: 'Sume Capture',
  /** At most 132 characters (the stores' limit). */
  description: 'Send TikTok videos and Instagram Reels to Sume Reference Analysis in one click.',
  /** The keyboard shortcut's description on the browser's shortcuts page. */
  analyzeCommand: 'Analyze the video you are watching with Sume',
  /** The keyboard shortcut's description on the browser's shortcuts page (no key is set by default). */
  openSidePanelCommand: 'Open the Sume side panel',
  /** A keyboard command (no default key): select mode on the grid in the active tab. */
  selectVideosCommand: 'Select videos on this grid to analyze together',
} as const;
