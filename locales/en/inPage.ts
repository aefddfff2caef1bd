/** The Sume button on TikTok and Instagram videos (kept short: it ships in the content scripts). */
export const inPage = {
  /** The button's visible labels: one short verb each, they share one width. */
  labelReady: 'Analyze',
  labelSending: 'Sending',
  labelQueued: 'Queued',
  labelAnalyzing: 'Analyzing',
  labelDone: 'View',
  labelFailed: 'Retry',
  /** What a screen reader hears on the button, for a video by a known creator ({creator}: a handle without "@"), or not. */
  readyBy: 'Analyze with Sume: the video by @{creator}',
  ready: 'Analyze with Sume: this video',
  sendingBy: 'Sending to Sume: the video by @{creator}',
  sending: 'Sending to Sume: this video',
  queuedBy: 'Queued for Sume, sent when Sume can be reached: the video by @{creator}',
  queued: 'Queued for Sume, sent when Sume can be reached: this video',
  analyzingBy: 'Sume is analyzing the video by @{creator}',
  analyzing: 'Sume is analyzing this video',
  doneBy: 'Open the Sume analysis of the video by @{creator}',
  done: 'Open the Sume analysis of this video',
  /** {failure}: the failure sentence below. */
  failedBy: 'Retry with Sume: the video by @{creator}. {failure}',
  failed: 'Retry with Sume: this video. {failure}',
  /** {reason}: why it failed, a sentence from Sume or the extension. */
  failureAgain: 'Failed: {reason} Retry analyzes it again and uses credits.',
  failureResend: 'Failed: {reason} Retry sends it again.',
  failureUnknown: 'Sume could not analyze it.',
  /** Said by the live region when a capture moves on while the page is open. */
  announceSending: 'Sending to Sume…',
  announceQueued: 'Queued: it will be sent when Sume can be reached.',
  announceAnalyzing: 'Sume is analyzing the video.',
  announceDone: 'The Sume analysis is ready.',
  /** The confirmation frame's accessible title. */
  confirmTitle: 'Sume Capture: confirm the analysis',
} as const;
