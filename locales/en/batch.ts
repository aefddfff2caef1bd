/**
 * Batch capture: select mode on a TikTok or Instagram grid (in the page), the one question it leads
 * to (the extension's own window), and the batch's progress (popup, side panel, captures page).
 */
export const batch = {
  // ── Select mode, on the page ──
  /** Accessible name of the bar at the bottom of the page while select mode is on. */
  barLabel: 'Sume Capture: select videos',
  /** How to use it, under the count. */
  hint: 'Click videos to select them. Shift-click selects a range.',
  /** The running count. */
  selected: { one: '{count} selected', other: '{count} selected' },
  selectAllVisible: 'Select all visible',
  clear: 'Clear',
  /** Opens the question (in the extension's window) for the selected videos. */
  analyze: { one: 'Analyze {count} video', other: 'Analyze {count} videos' },
  /** Leaves select mode. */
  done: 'Done',
  /** Accessible name of one tile's checkbox. {video}: "TikTok video by @a". */
  tileLabel: 'Select {video}',
  /** After "Analyze": the question is in the Sume window. */
  waiting: 'Decide in the Sume Capture window.',
  /** The person decided. {sent}, {saved}: numbers. */
  decided: 'Sent to Sume: {sent}. Saved for later: {saved}.',
  /** The window closed without a decision. */
  cancelled: 'Nothing was sent. Your selection is kept.',
  /** No tile here can be bound to a video (yet). */
  noTiles: 'No videos to select here yet. Open a profile, a search or the reels tab, and scroll its grid.',
  /** At most this many at once. */
  tooMany: 'Select at most {count} videos at once.',
  /** The background refused or did not answer. {reason}: why. */
  askFailed: 'Sume Capture could not ask: {reason}',

  // ── Starting it (popup, side panel), and why it cannot start ──
  selectVideos: 'Select videos',
  selectVideosTitle: 'Tick videos on this grid and analyze them in one go',
  /** The right-click menu on TikTok and Instagram pages. */
  menuSelect: 'Select videos on this grid',
  notPlatform: 'Open a TikTok or Instagram grid in this tab (a profile, a search, the reels tab), then choose Select videos.',
  pageUnreachable: 'Sume Capture cannot reach this page. Reload it, then try again.',

  // ── The question, in the extension's window ──
  windowTitle: 'Analyze videos · Sume Capture',
  /** Heading: how many would be analyzed. */
  heading: { one: 'Analyze {count} video?', other: 'Analyze {count} videos?' },
  /** Nothing new to analyze. */
  headingNothing: 'Nothing new to analyze',
  /** Where the selection was made. {page}: "tiktok.com/@luna.bakes". */
  fromPage: 'Selected on {page}',
  listLabel: 'Selected videos',
  stateNew: 'New',
  stateAnalyzed: 'Analyzed before',
  stateAnalyzedAgain: 'Analyzed before: again',
  stateOnItsWay: 'Already on its way',
  stateFailedBefore: 'Failed before: sent again',
  /** {count}: how many were analyzed before. */
  includeAnalyzed: { one: 'Also analyze again the {count} video analyzed before', other: 'Also analyze again the {count} videos analyzed before' },
  /** {price}: "1 credit"; {total}: "9 credits". */
  price: '{price} each: {total} in all.',
  /** Sume has not named its price yet (no analysis so far). {price}: "1 credit"; {total}: "9 credits". */
  priceAssumed: 'Sume names its price with the first analysis; until then each counts as {price}: {total} in all.',
  balance: 'Your balance: {balance}.',
  balanceStale: 'Your balance when last checked: {balance}.',
  balanceUnknown: 'Sume did not say your balance just now.',
  /** The balance pays for only some. {fits}, {count}: numbers. */
  short: 'Your balance pays for {fits} of these {count}.',
  /** Over the hourly limit. {limit}: "20 credits"; {spent}: "3 credits". */
  overLimit: 'This goes past your limit of {limit} an hour ({spent} spent in the last hour).',
  /** Sends them all. */
  send: { one: 'Analyze {count}', other: 'Analyze {count}' },
  /** Sends what the balance pays for; the rest go by themselves after a top-up. {rest}: a number. */
  sendFitting: { one: 'Analyze {count} now, save {rest} for later', other: 'Analyze {count} now, save {rest} for later' },
  saveAll: 'Save all for later',
  /** What saving for later means. */
  saveNote: 'Saved videos go by themselves once your balance covers them.',
  cancel: 'Cancel',
  topUp: 'Top up credits',
  /** Everything selected was analyzed before or is on its way. */
  nothingToSend: 'Everything you selected was analyzed before or is already on its way.',
  close: 'Close',
  expired: 'This question is over. Select the videos again on the page.',
  /** The decision went through. */
  sentBody: 'Sent to Sume: {sent}. Saved for later: {saved}. Follow them in the popup, the side panel or on the captures page.',
  openCaptures: 'Open captures',
  /** Sending failed. {reason}: why. */
  failedBody: 'Nothing was sent: {reason}',

  // ── Progress and the group on the captures page ──
  /** Heading of the latest batch's progress (popup, side panel). */
  progressTitle: 'Latest batch',
  /** {done}, {total}: numbers. */
  progress: '{done} of {total} analyzed',
  progressActive: { one: '{count} on its way', other: '{count} on their way' },
  progressFailed: { one: '{count} failed', other: '{count} failed' },
  progressWaiting: { one: '{count} waits for credits', other: '{count} wait for credits' },
  /** Accessible name of the progress bar. */
  progressLabel: 'Batch progress',
  batchesHeading: 'Batches',
  /** {count}: videos; {page}: where they were selected. */
  batchTitle: { one: '{count} video from {page}', other: '{count} videos from {page}' },
  /** Shows only this batch in the list below. */
  showBatch: 'Show',
  /** The list shows one batch. */
  showingBatch: 'Showing one batch.',
  showAll: 'Show all captures',
  retryFailed: { one: 'Retry {count} failed', other: 'Retry {count} failed' },
} as const;
