/** The captures page: its frame, a capture’s detail and its analysis. */
export const captures = {
  /** The browser tab’s title. */
  pageTitle: 'Sume Capture — Captures',
  /** A brand: the same in every language. */
  heading: 'Sume Capture',
  /** Under the page heading: what this page is. */
  subtitle: 'Captures',
  settings: 'Settings',
  liveUpdatesStopped: 'Live updates stopped',
  loadFailed: 'Your captures could not be loaded',
  /** {problem}: a sentence saying what went wrong. */
  failureBody: '{problem} Reload the extension if this goes on.',
  tryAgain: 'Try again',
  loading: 'Loading captures…',
  emptyTitle: 'No captures yet — use the Sume button on a TikTok or Instagram video.',
  emptyBody: 'Each video you send to Sume shows up here, with its analysis once it is ready.',
  openTikTok: 'Open TikTok',
  openReels: 'Open Instagram Reels',
  howItWorks: 'How it works',
  /** Accessible name of the list of captures. */
  allCaptures: 'All captures',
  /** Followed by a "Show all captures" button. */
  noneMatch: 'No captures match.',
  showAllCaptures: 'Show all captures',
  selectPrompt: 'Select a capture to see its result.',

  /** A button’s label while a result is downloaded again. */
  downloading: 'Downloading…',
  /** Button: download a result this device could not keep. */
  downloadAgain: 'Download it again',
  savedForLater: 'Saved for later',
  /** Followed by a link to top up credits. */
  waitsForCredits: 'It waits for credits and is sent by itself once your balance covers it.',
  stillWorking: 'Sume is still working on this video. Its result will appear here on its own.',
  /** {ago}: when, e.g. "5 min. ago", "now" or a date. */
  resultSaved: 'Result saved {ago}',
  resultMissing: 'The result of this capture is no longer stored on this device.',
  /** {problem}: a sentence saying what went wrong. */
  resultLoadFailed: 'Could not load the result: {problem} Reload the page to try again.',
  loadingResult: 'Loading the result…',
  /** Heading of the detail panel when the capture does not exist. */
  notFound: 'Capture not found',
  notFoundBody: 'No capture with this link is stored on this device. It may have been removed.',
  closeDetails: 'Close details',
  /** Tooltip of the close (×) button. */
  close: 'Close',
  copyAsText: 'Copy as text',
  /** Link to the video on TikTok or Instagram. */
  openReel: 'Open reel',
  /** A copy button’s label for a moment after copying. */
  copied: 'Copied',
  copyFailed: 'Copy failed',

  /** Status pill: a capture waiting to be sent. */
  phaseQueued: 'Queued',
  phaseSending: 'Sending',
  phaseAnalyzing: 'Analyzing',
  phaseDone: 'Done',
  phaseFailed: 'Failed',
  /** One sentence read by screen readers; {change}: e.g. "TikTok video by @a: done". */
  announcement: '{change}.',

  /** Analysis section titles (also headings of "Copy as text"). */
  summary: 'Summary',
  /** The opening seconds meant to grab attention. */
  hook: 'Hook',
  scenes: 'Scenes',
  transcript: 'Transcript',
  /** Text overlays shown in the video. */
  onScreenText: 'On-screen text',
  callToAction: 'Call to action',
  formatPacingAudio: 'Format, pacing and audio',
  styleFormat: 'Format',
  stylePacing: 'Pacing',
  styleAudio: 'Audio',
  /** Fields of the result that fit no section above. */
  otherDetails: 'Other details',
  emptyResult: 'Sume returned an empty result for this video.',
  /** Accessible name of short labels on a scene (shot type, speaker). */
  labels: 'Labels',
  /** Shown for a missing value. */
  none: 'none',
  yes: 'Yes',
  no: 'No',
  /** "Copy as text" versions of yes/no (lowercase in English). */
  textYes: 'yes',
  textNo: 'no',
  /** An empty list or object. */
  empty: '(empty)',
  nestedItems: { one: 'Nested too deep to show here ({count} item).', other: 'Nested too deep to show here ({count} items).' },
  nestedFields: { one: 'Nested too deep to show here ({count} field).', other: 'Nested too deep to show here ({count} fields).' },
  /** Button that unfolds a long text. */
  showAll: { one: 'Show all ({count} character)', other: 'Show all ({count} characters)' },
} as const;
