/** The side panel (entrypoints/sidepanel): it follows the video the person watches in the tab beside it. */
export const panel = {
  /** The panel's document title (Firefox shows it above the sidebar). */
  title: 'Sume side panel',
  /** Heading of the part about the video on screen. */
  nowWatching: 'Now watching',
  /** The tab is not TikTok or Instagram. */
  notPlatform: 'Open TikTok or Instagram in this tab. This panel follows the video you watch and shows its analysis here.',
  /** A TikTok or Instagram page with no video on screen. */
  noVideo: 'No video on screen. Scroll to one and this panel follows it.',
  /** Before the panel knows which tab it is beside. */
  looking: 'Looking at this tab…',
  /** Under the creator and caption: they are the page's own words, not checked by Sume. */
  fromPage: 'As the page describes it',
  /** The page named this video without the person doing anything, or only its structure did (the site's markup changed). */
  unverified: 'Sume Capture cannot confirm this is the video on screen. Check the link before you analyze.',
  /** The video on screen has no capture yet. */
  notAnalyzed: 'Not analyzed yet.',
  /** Opens this capture on the captures page. */
  openInCaptures: 'Open in captures',
  /** The button that opens the panel (popup, captures page). */
  open: 'Side panel',
  /** Its tooltip. */
  openTitle: 'Open the side panel: it follows the video you watch',
  /** Accessible name of the part that holds the followed video's analysis. */
  analysis: 'Analysis of the video on screen',
} as const;
