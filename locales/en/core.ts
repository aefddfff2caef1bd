/** Messages from the API client, the account, jobs, uploads, diagnostics and the extension pages’ shared hooks (lib/api, lib/account, lib/jobs, lib/uploads, lib/ui, lib/browser, lib/diagnostics). */
export const core = {
  credits: { one: '{count} credit', other: '{count} credits' },

  /** Why the API base URL typed in Settings cannot be used. Keep "https://", "http://" and the addresses as they are. */
  baseUrlEmpty: 'Enter the API base URL.',
  baseUrlTooLong: 'That URL is too long.',
  baseUrlNotUrl: 'That is not a URL. Example: https://www.sume.so/api/v1',
  baseUrlInsecure: 'The API must use https:// (plain http:// only for 127.0.0.1 or localhost).',
  baseUrlCredentials: 'Remove the user name or password from the URL.',
  baseUrlQuery: 'Remove the ?query or #fragment from the URL.',

  /** Connecting to Sume in Settings. {host}: the API's host name, e.g. "www.sume.so". */
  keyForOtherHost: 'Paste the API key for {host}: your saved key is only ever sent to the address it was saved for.',
  keyMissing: 'Paste your Sume API key.',
  /** Keep "sume_live_…" as it is: it is how keys begin. */
  keyMalformed: 'That does not look like an API key: it should be one word, like sume_live_….',
  /** {origin}: the API's address, e.g. "https://www.sume.so". */
  permissionToUseApi: 'Allow Sume Capture to reach {origin} to use this API.',
  permissionNeeded: 'Sume Capture needs your permission to reach {origin}.',

  /** When a call to Sume fails (shown under a title such as “Can’t reach Sume”). */
  requestCancelled: 'Cancelled.',
  /** {seconds}: a whole number of seconds. */
  requestTimedOut: 'Sume did not answer within {seconds} s.',
  /** {origin}: the API's address, e.g. "https://www.sume.so". */
  unreachable: 'Could not reach Sume at {origin}. Check your connection.',
  connectionBroke: 'The connection to Sume broke while reading its answer.',
  /** {status}: an HTTP status code, e.g. 502. */
  httpStatus: 'Sume answered HTTP {status}.',
  /** {text}: the start of Sume's answer, as it sent it. */
  httpStatusWithText: 'Sume answered HTTP {status}: {text}.',
  /** {operation}: the call, e.g. "GET /me"; {fields}: field names. Both stay as they are. */
  answerNotJson: 'Sume sent an answer that is not JSON ({operation}).',
  answerNotUnderstood: 'Sume sent an answer this version of Sume Capture does not understand ({operation}: {fields}).',
  noApiKey: 'Add your Sume API key in Sume Capture’s settings.',
  invalidJobId: 'That job id is not valid.',
  invalidAssetId: 'That asset id is not valid.',
  jobNoResult: 'Sume did not report a result in time.',

  /** Why sending a file's bytes to the storage service Sume named failed (shown on the upload). */
  uploadAddressNotUrl: 'Sume sent an upload address that is not a URL.',
  uploadAddressNotHttps: 'Sume sent an upload address that is not https.',
  uploadLinkExpired: 'The upload link expired; a new one is needed.',
  /** {status}: an HTTP status code, e.g. 403. */
  storageRefused: 'The storage service refused the upload (HTTP {status}).',
  storageRedirected: 'The storage service redirected the upload elsewhere, so it was refused. Try again; if it keeps happening, contact Sume support.',
  uploadInterrupted: 'The upload was interrupted. It will be retried.',
  uploadCancelled: 'Upload cancelled.',
  uploadBytesGone: 'The file’s bytes are gone from this browser; add it again.',
  uploadStopped: 'The upload stopped unexpectedly. It will be retried.',
  uploadLinkLost: 'The upload link was lost; a new one will be asked for.',

  /** Files refused before anything is sent. {name}: the file's name; {type}: its type, e.g. "text/plain". */
  fileEmpty: '“{name}” is empty.',
  fileNotMedia: '“{name}” is not an image or a video ({type}).',
  /** Said in place of the type when the file has none. */
  unknownType: 'unknown type',
  /** {size}: a size with its unit, e.g. "5 GB" (one of the sizes below). */
  fileTooLarge: '“{name}” is larger than the {size} Sume accepts.',
  /** {reason}: the browser's own words. */
  fileNotSaved: '“{name}” could not be saved for upload ({reason}). Free some disk space and try again.',
  /** File sizes. {size}: the number, e.g. "1.5". */
  sizeBytes: '{size} B',
  sizeKilobytes: '{size} KB',
  sizeMegabytes: '{size} MB',
  sizeGigabytes: '{size} GB',
  sizeTerabytes: '{size} TB',

  /** Adding an image or a video from a web page (right-click menu). {frame} and {video}: the names of the popup's buttons “Current frame” and “Screenshot of the video”. */
  mediaStreamed: 'This video is streamed by the site, so there is no file to save. Use “{frame}” or “{video}” instead.',
  mediaDownloadBlocked: 'The site did not let Sume Capture download this file.',
  /** {status}: an HTTP status code, e.g. 403. */
  mediaDownloadRefused: 'The site refused the download (HTTP {status}).',
  /** {type}: what the site sent, e.g. "text/html". */
  mediaNotMedia: 'That is not an image or a video ({type}).',

  /** Taking the current frame of the video on a page. */
  frameNoVideo: 'No video is visible on this page.',
  frameNotLoaded: 'The video has not loaded a frame yet, so a screenshot of it was taken.',
  frameFromScreenshot: 'This site does not let extensions read the video’s pixels, so the frame was taken from a screenshot of the video.',

  /** The start of a screenshot's file name in the Asset Library, e.g. "Frame 0∶07 · @luna.bakes · TikTok.png". {time}: the moment in the video, e.g. "0∶07". No / \ : * ? " < > | (file names). */
  fileNameFrame: 'Frame',
  fileNameFrameAt: 'Frame {time}',
  fileNameScreenshot: 'Screenshot',
  fileNameVideoScreenshot: 'Video screenshot',
  fileNameVideoScreenshotAt: 'Video screenshot {time}',

  /** One notification when uploads chosen together have ended. {name}: a file's name; {reason}: why it failed, a sentence. */
  batchNoReason: 'Sume did not accept it.',
  batchFailedOne: '{name}: {reason}',
  batchUploadFailed: 'Upload failed',
  /** Some failed, some were added. {count}: how many failed; {total}: how many uploads in all (2 or more). */
  batchSomeFailedTitle: { one: '{count} of {total} uploads failed', other: '{count} of {total} uploads failed' },
  /** {count}: how many were added. */
  batchSomeFailedBody: {
    one: '{name}: {reason} The other one is in your Asset Library.',
    other: '{name}: {reason} The other {count} are in your Asset Library.',
  },
  /** All failed. {count}: how many (2 or more). */
  batchAllFailedTitle: { one: '{count} upload failed', other: '{count} uploads failed' },
  /** {tab}: the name of the captures page's tab that lists uploads (“Uploads”). */
  batchAllFailedBody: '{name}: {reason} The {tab} tab says why for each of them.',
  batchAddedTitle: 'Added to your Asset Library',
  batchAddedBody: '{name} is in Sume. It becomes searchable once Sume has processed it.',
  /** {count}: how many files (2 or more). */
  batchAllAddedTitle: { one: '{count} file added to your Asset Library', other: '{count} files added to your Asset Library' },
  /** {count}: how many files besides {name} (1 or more). */
  batchAllAddedBody: {
    one: '{name} and {count} more are in Sume. They become searchable once Sume has processed them.',
    other: '{name} and {count} more are in Sume. They become searchable once Sume has processed them.',
  },

  /** The extension's own background part did not answer a page. */
  backgroundNoAnswer: 'Sume Capture’s background service did not answer.',
  backgroundNoAnswerReload: 'Sume Capture’s background service did not answer. Reload the extension and try again.',
  backgroundNoAnswerRetry: 'Sume Capture’s background service did not answer. Try again.',
  noAnswerRetry: 'Sume Capture did not answer. Try again.',
  /** {reason}: the sentence above, or the browser's own words. */
  uploadsNoAnswer: '{reason} If nothing appears in the list, reload the extension and try again.',
} as const;
