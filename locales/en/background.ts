/** Notifications, menus and the messages the background worker stores on captures (lib/background). */
export const background = {
  /** Right-click menu items. */
  menuAnalyzePage: 'Analyze with Sume',
  menuAnalyzeLink: 'Analyze link with Sume',
  menuAddToLibrary: 'Add to Sume Asset Library',

  /** Notifications when analyses end. {capture}: the capture's name, e.g. "TikTok video by @luna.bakes". */
  analysisReadyTitle: 'Analysis ready',
  analysisReadyBody: '{capture} — click to read it.',
  /** Several analyses finished at once (shown for 2 or more). */
  analysesReadyTitle: { one: '{count} analysis is ready', other: '{count} analyses are ready' },
  analysesReadyBody: 'Click to open your captures.',
  analysisFailedTitle: 'Analysis failed',
  /** {capture}: the capture's name; {reason}: why it failed, a sentence from Sume or the extension. */
  analysisFailedBody: '{capture}: {reason}',
  analysisFailedUnknown: 'Sume could not analyze it.',

  /** Why nothing can be sent, and what fixes it (shown on captures and in the popup). */
  noApiKey: 'Connect Sume Capture to your Sume workspace first: open the extension’s settings.',
  keyRefused: 'Sume refused your API key. Update it in Sume Capture’s settings; waiting captures will then be sent.',
  keyForbidden: 'Your API key is not allowed to start analyses. Use a key with that permission in the settings.',
  notEnoughCredits: 'Not enough Sume credits. Top up in Sume: what waits is sent by itself once the balance covers it.',

  /** Stored on a capture when sending it failed. */
  sendFailed: 'Something went wrong while sending. It will be retried.',
  shortLinkUnreachable: 'Could not open the short link. It will be retried.',
  shortLinkNotReel: 'This short link does not lead to a TikTok video or an Instagram reel or post.',

  /** A finished analysis whose result could not be kept on this computer. */
  resultNoRoom: 'Sume finished this analysis, but there was no room left on this computer to keep it. Free up some disk space, then download it again.',
  resultNotSaved: 'Sume finished this analysis, but it could not be saved on this computer. Download it again.',

  /** Downloading a result again from the captures page. */
  downloadNothing: 'This capture has no finished analysis to download.',
  downloadNotConnected: 'Connect Sume Capture to Sume first, in Settings.',
  downloadNoAnswer: 'Sume did not answer. Try again in a moment.',

  /** The in-page question was answered too late. */
  questionExpired: 'This question has expired. Click the Sume button again.',

  /** Adding files, screenshots and frames to the Asset Library. */
  fileUnreadable: 'The file could not be read. Add it again.',
  pageNoAnswer: 'The page did not answer.',
  noPageToCapture: 'There is no page to capture.',
  /** Small note shown on the page after a screenshot or a video frame was taken (or not). */
  screenshotCaptured: 'Screenshot captured',
  frameCaptured: 'Frame captured',
  screenshotNotCaptured: 'Screenshot not captured',
  frameNotCaptured: 'Frame not captured',
  uploadingToLibrary: 'Uploading to your Sume Asset Library…',
  /** Notification title: the video frame could not be read directly, so it was cut from a screenshot. */
  frameFromScreenshot: 'Frame captured from a screenshot',
  /** {reason}: why, a sentence from the browser. */
  captureFailedBecause: 'Could not capture this page: {reason}',
  captureFailed: 'Could not capture this page.',
  addFailedTitle: 'Could not add it to Sume',
  fileNotReadable: 'Sume Capture could not read this file.',
  uploadFailed: 'Something went wrong during the upload. It will be retried.',
  /** Notification after upload: Sume could not process the file. {filename}: the file's name; {reason}: why. */
  processingFailedTitle: 'Sume could not process an upload',
  processingFailedBody: '{filename}: {reason}',
  /** The {reason} above when Sume gave none; it follows "{filename}: ". */
  processingFailedUnknown: 'its processing failed.',
  /** The toolbar button's right-click menu. */
  menuOpenSidePanel: 'Open the side panel',
  /** A search of the Asset Library failed for a reason that is not Sume's own error. */
  searchFailed: 'The Asset Library search did not complete. Try again.',
  /** The address bar's first line while typing after the keyword `sume`. {query}: what is typed (the browser fills it in). */
  omniboxDefault: 'Search your Sume Asset Library for “{query}”',
} as const;
