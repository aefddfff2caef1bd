/** Moments (issue 13): a frame of a reel kept with its timecode and a note, uploaded to the Asset Library. */
export const moments = {
  /** The keyboard command's description (chrome://extensions/shortcuts; no key by default). */
  command: 'Save a moment of the video',
  /** Heading of the moments part (side panel, captures page). */
  title: 'Moments',
  /** The note field's label. */
  noteLabel: 'Note (optional)',
  /** The note field's placeholder. */
  notePlaceholder: 'What happens here?',
  /** The button that saves the moment on screen. */
  save: 'Save moment',
  /** While it is being taken. */
  saving: 'Saving…',
  /** The moment was taken and its upload started. */
  saved: 'Moment saved. It is uploading to your Asset Library.',
  /** A moment belongs to a reel: none could be named on the tab. */
  noReel: 'No reel to save a moment of: open a TikTok video or an Instagram reel, play it, then save the moment.',
  /** Upload file name of a moment, {time} like 0∶07. */
  fileNameAt: 'Moment at {time}',
  /** Where an upload came from (uploads list). */
  source: 'Moment',
  /** A moment's name in the lists. */
  nameAt: 'Moment at {time}',
  /** A moment's name with who posted the reel. */
  nameAtBy: 'Moment at {time} — {creator}',
  /** Accessible name of a moment in a strip that opens the reel and the asset. */
  openBoth: 'Moment at {time}: open the reel and its asset in Sume',
  /** The same while the asset is not in Sume yet (or Sume gives no page for it). */
  openReel: 'Moment at {time}: open the reel',
  /** Accessible name of a reel's strip of moments. */
  stripLabel: 'Moments of this reel',
  /** How many moments a reel has. */
  count: { one: '{count} moment', other: '{count} moments' },
  /** The followed video has none yet. */
  none: 'No moments of this video yet. Save one while it plays: the frame, its time and your note go to your Asset Library.',
  /** Under a strip: why a moment opens the reel from its start. */
  fromStart: 'Reels open from the start: TikTok and Instagram links cannot jump to a time.',
  /** A moment whose upload is still going. */
  uploading: 'Uploading',
  /** A moment whose upload failed (the Uploads tab says why). */
  failed: 'Upload failed',
  /** Captures page: what the moments part holds. */
  intro: 'Frames you kept while watching, under the reel they belong to.',
  /** Captures page: opens a reel. */
  openReelLink: 'Open reel',
  /** The popup's Asset Library card: opens the note field and the button. */
  openForm: 'Save a moment',
  /** Page toast title when a moment was taken. */
  toastSaved: 'Moment saved',
  /** Page toast title when it could not be. */
  /** The video's pixels cannot be read and its tab is behind another: no screenshot of it can be taken. */
  notInFront:
    'This site does not let the video’s pixels be read, and its tab is not in front, so no screenshot of it can be taken. Bring the tab to the front and save again.',
  toastNotSaved: 'Moment not saved',
  /** The right-click menu on TikTok and Instagram pages and their videos. */
  menu: 'Save a moment of this video',
} as const;
