/** The captures page’s list: rows, filters, sort, selection, bulk actions and export. */
export const captureList = {
  /** Accessible name of the list of capture rows. */
  listLabel: 'Captures',

  /** Status filter (radio buttons above the list), each followed by a count. */
  filterAll: 'All',
  filterActive: 'In progress',
  filterDone: 'Done',
  filterFailed: 'Failed',

  /** How a capture was made, shown in each row. The Sume button sits on TikTok and Instagram videos. */
  sourceButton: 'Sume button',
  /** The extension’s toolbar popup. */
  sourcePopup: 'Popup',
  sourceContextMenu: 'Context menu',
  sourceShortcut: 'Keyboard shortcut',
  sourceSidePanel: 'Side panel',
  /** Captured with others from a grid, in one decision (select mode). */
  sourceBatch: 'Batch from a grid',

  /**
   * A capture’s state as a lowercase value, after "{name}: " in screen-reader announcements
   * ("TikTok video by @a: done") and after "Status: " in the Markdown export.
   */
  phaseQueued: 'queued',
  phaseSending: 'sending',
  phaseAnalyzing: 'analyzing',
  phaseDone: 'done',
  phaseFailed: 'failed',
  /** Screen-reader announcement. {name}: e.g. "TikTok video by @a"; {phase}: one of the lowercase states above. */
  announceChanged: '{name}: {phase}',
  /** Screen-reader announcement of a new capture. {name}: e.g. "TikTok video by @a"; {phase}: a lowercase state. */
  announceAdded: '{name} added: {phase}',
  /** After three announcements, the rest are counted. */
  announceMore: { one: 'and {count} more changed', other: 'and {count} more changed' },

  /** Titles of a failed analysis. */
  jobFailed: 'Sume could not analyze this video',
  jobCanceled: 'The analysis was canceled',
  jobExpired: 'The analysis expired',
  /** Title of a failure of no known kind. */
  failedTitle: 'That didn’t work',
  noReason: 'No reason was given.',

  /** Button: send a capture that failed to be delivered again (no new credits). */
  retry: 'Retry',
  /** Button: start a new analysis of a video whose analysis failed (spends credits). */
  analyzeAgain: 'Analyze again',
  /** Accessible names of those buttons; {name}: e.g. "TikTok video by @a". */
  retryName: 'Retry: {name}',
  analyzeAgainName: 'Analyze again: {name}',
  /** Tooltips of those buttons. */
  analyzeAgainHint: 'Starts a new analysis and uses credits',
  retryHint: 'Sends it again; no extra credits',
  /** A button’s label while its action runs. */
  working: 'Working…',
  retryUnreachable: 'The retry did not reach Sume Capture’s background. Reload the page and try again.',

  /** Sort order choices. */
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  sortCreator: 'Creator',
  sortStatus: 'Status',

  /** Filters above the list. */
  searchLabel: 'Search captures',
  searchPlaceholder: 'Search by link, video or summary',
  /** Hidden heading of the status filter. */
  statusLegend: 'Status',
  /** Label of the sort order menu. */
  sort: 'Sort',
  /** Hidden heading of the list/grid choice. */
  layout: 'Layout',
  layoutList: 'List',
  layoutGrid: 'Grid',
  /** How many captures the list shows, when no filter hides any. */
  captureCount: { one: '{count} capture', other: '{count} captures' },
  /** When a filter hides some: {shown} of {count} (the total). */
  showingCount: { one: 'Showing {shown} of {count} capture', other: 'Showing {shown} of {count} captures' },

  /** One row. {name}: e.g. "TikTok video by @a". Checkbox for bulk actions. */
  selectCapture: 'Select {name}',
  /** In a row’s details line, after " · ". */
  willRetry: 'will try again automatically',
  /** In a row’s details line, after " · ": the capture waits for credits. */
  savedForLater: 'saved for later',
  openResult: 'Open result',
  openResultName: 'Open result: {name}',
  copyLink: 'Copy link',
  copyLinkName: 'Copy link: {name}',

  /** Removing one capture: a button, then a confirmation. {name}: e.g. "TikTok video by @a". */
  remove: 'Remove',
  removeName: 'Remove {name}',
  removeNameQuestion: 'Remove {name}?',
  removeOneConfirm: 'Remove this capture and its result?',
  yesRemove: 'Yes, remove',
  removing: 'Removing…',
  cancel: 'Cancel',
  removeFailed: 'Could not remove it. Try again.',

  /** Bulk actions toolbar: its accessible name. */
  bulkToolbar: 'Selected captures',
  /** Beside the "select all" checkbox, once some captures are ticked. */
  selected: { one: '{count} selected', other: '{count} selected' },
  selectAll: 'Select all',
  /** Button: retry the ticked captures that failed; {count}: how many failed. */
  retryFailed: 'Retry failed ({count})',
  /** Button that asks before removing the ticked captures. */
  removeMany: 'Remove…',
  /** Accessible name of the confirmation. */
  removeManyQuestion: { one: 'Remove {count} capture?', other: 'Remove {count} captures?' },
  removeManyConfirm: { one: 'Remove {count} capture and its result?', other: 'Remove {count} captures and their results?' },
  /** Hidden label of the menu: Markdown, CSV or JSON. */
  exportFormat: 'Export format',
  exportMany: { one: 'Export {count} capture', other: 'Export {count} captures' },
  /** Export every capture the list shows (none ticked). */
  exportAll: 'Export all',

  /** A long list shows some entries; the button shows {count} more. */
  showMore: { one: 'Show {count} more', other: 'Show {count} more' },
  /** Beside "Show … more": how many entries are still hidden. */
  hiddenCount: { one: '({count} hidden)', other: '({count} hidden)' },

  /** Why sending is paused, then what to do. */
  pauseTitle: 'Sending is paused',
  pauseUnauthorized: 'Your API key was not accepted. Check it in Settings.',
  pauseForbidden: 'This API key is not allowed to start analyses. Use another key in Settings.',
  pauseNoCredits: 'Your Sume workspace is out of credits. Captures go by themselves once your balance covers them.',
  /** {reason}: one of the three sentences above. */
  pauseBody: '{reason} Queued captures wait until then; nothing is lost.',
  openSettings: 'Open settings',

  /**
   * The Markdown export file (a person reads it). Its title, with “# ” before it; {count}: how many
   * captures it holds.
   */
  exportTitle: { one: 'Sume Capture — {count} analysis', other: 'Sume Capture — {count} analyses' },
  /** {time}: when, as an ISO 8601 timestamp (e.g. 2026-11-30T12:00:00.000Z). */
  exportedAt: 'Exported {time}.',
  exportNothing: 'Nothing to export.',
  /** Lines of a capture’s details in the Markdown export, each after “- ”. {link}: its web address. */
  exportLink: 'Link: {link}',
  /** {platform}: TikTok or Instagram. */
  exportPlatform: 'Platform: {platform}',
  /** {status}: one of the lowercase states (queued, done…). */
  exportStatus: 'Status: {status}',
  /** {time}: when it was captured, an ISO 8601 timestamp. */
  exportCaptured: 'Captured: {time}',
  exportEmptyAnalysis: 'The analysis is empty.',
  /** What the Markdown export says for a capture without an analysis, by its state. */
  noAnalysisQueued: 'No analysis yet: the capture is waiting to be sent.',
  noAnalysisSending: 'No analysis yet: the capture is being sent to Sume.',
  noAnalysisAnalyzing: 'No analysis yet: Sume is analyzing the video.',
  noAnalysisDone: 'Analyzed, but the analysis is not stored on this device.',
  noAnalysisFailed: 'No analysis: the capture failed.',
} as const;
