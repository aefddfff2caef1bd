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
  /** Heading of the search over the person's Sume Asset Library. */
  searchTitle: 'Asset Library',
  /** The search field's label (read by screen readers). */
  searchLabel: 'Search your Asset Library',
  searchPlaceholder: 'Scenes, hooks, products…',
  searching: 'Searching…',
  /** {count}: how many results are shown; {query}: what was searched. */
  searchResults: {
    one: '{count} result for “{query}”',
    other: '{count} results for “{query}”',
  },
  /** {query}: what was searched. */
  searchEmpty: 'Nothing in your Asset Library matches “{query}”.',
  /** Loads the next page of results. */
  searchMore: 'More results',
  /** {score}: how well the scene matched, "75%". */
  searchScore: 'Match {score}',
  /** A result without timecodes: the asset as a whole. */
  searchWholeAsset: 'Whole asset',
  openInSume: 'Open in Sume',
  /** Searches the Asset Library with the hook or summary of the analysis on screen. */
  findSimilar: 'Find similar scenes',
} as const;
