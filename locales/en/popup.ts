/** The toolbar popup, the spend confirmation and the pieces they share with other pages. */
export const popup = {
  // The popup (entrypoints/popup)
  /** The settings button's label (an icon button in the popup's header). */
  settings: 'Settings',
  /** Under "Sent to Sume" in the small window the right-click menu opens. */
  windowCloses: 'This window closes by itself.',
  backgroundFailed: 'Sume Capture could not start its background service. Reload the extension.',
  /** Firefox only: the button that picks files to upload opens a tab instead. */
  chooseFilesInTab: 'Opens a tab: Firefox closes this popup while you pick files.',

  // The spend question over a TikTok or Instagram page (entrypoints/confirm)
  loading: 'Loading…',
  questionExpired: 'This question has expired. Click the Sume button on the video again.',
  /** The question has been answered and is closing. */
  done: 'Done.',

  // The account line (components/AccountStatus)
  connectTitle: 'Connect your Sume workspace',
  /** "Settings → API keys": where the key is in Sume. */
  connectBody: 'Paste an API key from Sume (Settings → API keys) to send videos to Reference Analysis.',
  getKey: 'Get a key in Sume',
  connect: 'Connect to Sume',
  /** {name}: the person's name or email, shown in bold; then " · workspace · 40 credits". */
  connectedAs: 'Connected as {name}',
  /** The key stopped working: who it was connected as before. {name}: shown in bold. */
  lastConnectedAs: 'Last connected as {name}',
  /** Tooltip. {plan}: the plan's name from Sume (e.g. "Pro"); {ago}: "5 min. ago", "now" or a date. */
  planUpdated: '{plan} plan · updated {ago}',
  /** Tooltip. {ago}: "5 min. ago", "now" or a date. */
  updated: 'updated {ago}',
  refreshAccount: 'Refresh account',
  /** Followed by the link "Top up in Sume". */
  noCreditsLeft: 'No credits left. Analyses wait until you top up.',
  /** A link to Sume's page for buying credits. */
  topUp: 'Top up in Sume',
  /** Under the account line when Sume could not be reached. */
  lastKnownDetails: 'showing the last known details',
  checkingAccount: 'Checking your Sume account…',
  updateKey: 'Update key',
  trying: 'Trying…',
  tryAgain: 'Try again',

  // Analyze a video (components/AnalyzeCard, components/PasteLink)
  /** Heading for screen readers; "reel": any short video (TikTok or Instagram). */
  analyzeReel: 'Analyze a reel',
  /** The button for the video on the active tab. */
  analyzeThisReel: 'Analyze this reel',
  noVideo: 'No video on this tab. Open a TikTok video or an Instagram Reel, or paste a link.',
  noVideoShortcut: 'No video on this tab. Open a TikTok video or an Instagram Reel, then click its Sume button or press {shortcut}; or paste a link.',
  shortcutTitle: 'Shortcut on the page: {shortcut}',
  checkingLink: 'Checking the link and your balance…',
  sentExistingTitle: 'Already in Sume Capture',
  sentSavedTitle: 'Saved for later',
  sentTitle: 'Sent to Sume',
  /** {reel}: a short name such as "TikTok video by @luna.bakes" or "Instagram Reel". */
  sentExisting: '{reel} was already on its way or analyzed: nothing more was spent.',
  /** {reel}: a short name such as "TikTok video by @luna.bakes" or "Instagram Reel". */
  sentSaved: '{reel} waits for credits and goes by itself once your balance covers it.',
  /** {reel}: a short name such as "TikTok video by @luna.bakes" or "Instagram Reel". */
  sent: '{reel} is on its way. You’ll be notified when it is ready.',
  /** The link field's label (for screen readers). */
  linkLabel: 'TikTok or Instagram link',
  linkPlaceholder: 'Paste a TikTok or Reel link',
  /** Button: analyze (and spend credits). */
  analyze: 'Analyze',

  // The latest captures (components/RecentCaptures)
  recentTitle: 'Recent captures',
  allCaptures: 'All captures',
  /** A capture's status, in a small pill. */
  phaseQueued: 'Queued',
  phaseSending: 'Sending…',
  phaseAnalyzing: 'Analyzing…',
  phaseDone: 'Ready',
  phaseFailed: 'Failed',

  // Request ids and copying (components/RequestId, components/CopyButton)
  /** Followed by an id such as "req_3f9a…" to give support. */
  requestId: 'Request ID',
  copyRequestId: 'Copy request ID',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed',

  // Error titles (components/ErrorNotice)
  errorNetwork: 'Can’t reach Sume',
  errorTimeout: 'Sume is not answering',
  errorInvalidResponse: 'Unexpected answer from Sume',
  errorKeyRejected: 'Your API key was not accepted',
  /** Also the title of the spend question when the balance is below the price. */
  notEnoughCredits: 'Not enough credits',
  errorForbidden: 'This key is not allowed to do that',
  /** Sume refused because of too many requests. */
  errorRateLimited: 'Sume asked us to slow down',
  /** The browser's permission for a site is missing. */
  errorPermission: 'Permission needed',
  errorNoKey: 'Not connected to Sume yet',
  errorServer: 'Sume had a problem',
  errorOther: 'That didn’t work',

  // The spend question (components/SpendConfirmation)
  inFlightQueued: 'Already waiting to be sent',
  inFlightSending: 'Already being sent',
  inFlightAnalyzing: 'Already being analyzed',
  alreadyAnalyzed: 'You already analyzed this video',
  lastAnalysisFailed: 'Your last analysis of it failed',
  unverifiedTitle: 'Is this the video you meant?',
  limitReachedTitle: 'Spending limit reached',
  confirmTitle: 'Analyze this video with Sume?',
  unverifiedNote: 'The page changed which video this button points to. Check the link before spending credits.',
  /** {count}: credits spent without a question in the last hour; {limit}: "20 credits". */
  limitNote: {
    one: '{count} credit went without asking in the last hour; your limit is {limit}.',
    other: '{count} credits went without asking in the last hour; your limit is {limit}.',
  },
  /** The balance is 0 and the price not known yet. {count}: the balance. */
  creditsNoneLeft: 'No credits left: you have {count}.',
  /** As creditsNoneLeft, with a balance from the last check (Sume could not be reached now). */
  creditsNoneLeftStale: 'No credits left: you have {count} (last known).',
  /** {credits}: the price, "5 credits"; {count}: the balance. Followed by the link "Top up in Sume". */
  creditsShort: 'Not enough credits: this needs {credits}, you have {count}.',
  /** As creditsShort, with a balance from the last check (Sume could not be reached now). */
  creditsShortStale: 'Not enough credits: this needs {credits}, you have {count} (last known).',
  /** {credits}: the price, "5 credits" (the balance is not known). */
  creditsUses: 'Uses {credits}.',
  /** {credits}: the price, "5 credits"; {count}: the balance. */
  creditsUsesHave: 'Uses {credits} · you have {count}.',
  creditsUsesHaveStale: 'Uses {credits} · you have {count} (last known).',
  /** Sume tells the price of an analysis only after the workspace's first one. */
  creditsPriceLater: 'Price shown after your first analysis.',
  /** {count}: the balance. */
  creditsPriceLaterHave: 'Price shown after your first analysis · you have {count}.',
  creditsPriceLaterHaveStale: 'Price shown after your first analysis · you have {count} (last known).',
  saveHint: 'Save it for later: it is sent by itself once your balance covers it.',
  /** A checkbox, followed by upToPerHour. */
  dontAskAgain: 'Don’t ask again',
  /** {credits}: the hourly limit, "20 credits". */
  upToPerHour: '(up to {credits} an hour)',
  close: 'Close',
  openSettings: 'Open settings',
  openInCapture: 'Open in Sume Capture',
  cancel: 'Cancel',
  analyzeAgain: 'Analyze again',
  openResult: 'Open result',
  changeLimit: 'Change limit',
  saving: 'Saving…',
  saveForLater: 'Save for later',
  sending: 'Sending…',
  /** {videos}: pageVideos; {buttons}: pageButtons. What the content script found on the tab. */
  pageCounts: '{videos} · {buttons}',
  pageVideos: { one: '{count} video', other: '{count} videos' },
  /** Sume buttons the extension put on the page's videos. */
  pageButtons: { one: '{count} button', other: '{count} buttons' },
  unboundTitle: 'The video on screen has no Sume button',
  /** The tab's address names the video: the button above reads analyzePageVideo. */
  unboundBodyAddress: 'The site may have changed how it builds this page. You can still analyze the video from this page’s address.',
  unboundBodyFeed: 'The site may have changed how it builds this page. To analyze this video, open it on its own page or paste its link.',
  unboundReportHint: 'A problem report helps us fix it. It holds the shape of the page, never its text or your account.',
  analyzePageVideo: 'Analyze this page’s video',
  copyReport: 'Copy a problem report',
  reportCopied: 'Problem report copied',
} as const;
