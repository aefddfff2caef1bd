/** The Asset Library: uploads panel, drop zone, capture buttons and outcomes. */
export const uploads = {
  // Sizes come from formatBytes (lib/uploads/upload-machine.ts, core_size*).
  /** {size}: a size with its unit, e.g. "8.1 MB". */
  speed: '{size}/s',

  // Durations (time left, time until a retry). Short units, no plural needed.
  durationSeconds: '{seconds} s',
  durationMinutes: '{minutes} min',
  durationHours: '{hours} h',
  durationHoursMinutes: '{hours} h {minutes} min',

  // An upload's progress. {sent}, {total}: sizes ("13 MB"); {speed}: "8.1 MB/s"; {left}: a duration ("5 s").
  progress: '{sent} of {total}',
  progressSpeed: '{sent} of {total}, {speed}',
  progressLeft: '{sent} of {total}, {left} left',
  progressSpeedLeft: '{sent} of {total}, {speed}, {left} left',

  // Where an upload came from.
  sourceFile: 'File',
  sourceScreenshot: 'Screenshot',
  sourceFrame: 'Video frame',
  sourceImage: 'Image',
  sourceVideo: 'Video',
  /** {source}: "Video frame", "Screenshot"…; {page}: the page's title or host; {time}: a moment of the video ("1:15"). */
  originFromAt: '{source} · from {page} at {time}',
  /** {source}: "Screenshot"…; {page}: the page's title or host. */
  originFrom: '{source} · from {page}',
  /** {source}: "Video frame"; {time}: a moment of the video ("1:15"). */
  originAt: '{source} at {time}',

  // The step an upload is at.
  stepDone: 'Added to your Asset Library',
  stepCanceled: 'Canceled',
  /** {reason}: why, as a sentence from the server or the extension. */
  stepFailed: 'Failed: {reason}',
  stepFailedUnknown: 'Failed: the upload stopped.',
  /** {time}: a duration, e.g. "12 s", "2 min". */
  stepWaitingRetry: 'Waiting to retry (in {time})',
  stepRetrying: 'Retrying…',
  stepQueued: 'Waiting to upload',
  stepPreparing: 'Preparing…',
  stepUploading: 'Uploading',
  stepFinishing: 'Finishing…',
  ingestRunning: 'Sume is processing it…',
  /** {reason}: why, as a sentence from the server. */
  ingestFailed: 'Sume could not process it: {reason}',
  ingestFailedUnknown: 'Sume could not process it.',

  // An upload row's buttons. {name}: the file's name.
  cancel: 'Cancel',
  cancelName: 'Cancel upload of {name}',
  retry: 'Retry',
  retryName: 'Retry upload of {name}',
  resume: 'Resume',
  resumeName: 'Resume upload of {name}',
  remove: 'Remove',
  removeName: 'Remove {name} from the list',
  removeKeepsAsset: 'The asset stays in your Asset Library',
  /** Accessible name of an upload's progress bar. {name}: the file's name. */
  barName: 'Upload of {name}',
  actionFailed: 'That did not reach Sume Capture’s background. Try again, or reload the extension.',

  // The list.
  listLabel: 'Uploads',
  latestUpload: 'Latest upload',
  /** Said to a screen reader once an upload ends. {name}: the file's name. */
  announceDone: '{name} was added to your Asset Library.',
  announceFailed: '{name} failed to upload.',

  // The popup's Asset Library card and its capture buttons.
  cardTitle: 'Add to Asset Library',
  allUploads: 'All uploads',
  /** Short button labels (one row in the popup). */
  mediaPage: 'Page',
  mediaVideo: 'Video',
  mediaFrame: 'Frame',
  /** The same buttons' accessible names. */
  mediaPageName: 'Screenshot of the page',
  mediaVideoName: 'Screenshot of the video',
  mediaFrameName: 'Current frame',
  mediaNeedsVideo: 'Open a TikTok video or an Instagram Reel to capture its video.',
  mediaPageStarted: 'The screenshot is uploading to your Asset Library.',
  mediaVideoStarted: 'The screenshot of the video is uploading to your Asset Library.',
  mediaFrameStarted: 'The current frame is uploading to your Asset Library.',
  filesStarted: { one: 'One file is uploading to your Asset Library.', other: '{count} files are uploading to your Asset Library.' },

  // Choosing and dropping files.
  chooseFiles: 'Choose files',
  /** Short button label (the popup); its accessible name is "Choose files". */
  files: 'Files',
  saving: { one: 'Saving the file… keep this open for a moment.', other: 'Saving {count} files… keep this open for a moment.' },
  dropHere: 'Drop images or videos here, or',
  dragAnywhere: 'Drag images or videos anywhere here, or',
  dropToAdd: 'Drop to add to your Asset Library',

  // What became of files handed to the uploader.
  /** {started}: a sentence such as "2 files are uploading to your Asset Library." (may be empty). */
  goesOn: '{started} It goes on in the background, even if you close this.',
  notAdded: { one: 'Not added', other: '{count} not added' },
  /** A refused file. {name}: the file's name; {reason}: why. */
  rejected: '{name}: {reason}',

  // The captures page's Uploads tab.
  tabsLabel: 'Captures and uploads',
  tabCaptures: 'Captures',
  tabUploads: 'Uploads',
  /** After the Uploads tab's count, for screen readers. */
  tabInProgress: { one: '({count} in progress)', other: '({count} in progress)' },
  failureStopped: 'Live updates stopped',
  failureNotLoaded: 'Your uploads could not be loaded',
  /** {failure}: what went wrong, a sentence. */
  failureBody: '{failure} Reload the page; if this goes on, reload the extension.',
  loading: 'Loading uploads…',
  empty: 'No uploads yet. Files you add here, and screenshots and frames you take from the popup, go to your Sume Asset Library.',
} as const;
