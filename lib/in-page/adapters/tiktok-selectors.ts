/**
 * Where TikTok keeps things (../shared/platform-notes.md). Data only, in one place: when TikTok
 * changes its markup, this is the file to change. Generated class names are matched on their
 * readable `DivName` fragment only.
 */
export const TIKTOK = {
  /** `div.xgplayer-container#xgwrapper-<mode>-<videoId>`: on the For You feed the id lives only here. */
  playerWrapper: '[id^="xgwrapper-"]',
  playerWrapperId: /^xgwrapper-\d+-(\d+)$/,
  /** 0 feed item, 1 grid tile, 2 browse overlay over a grid, 4 video page. */
  modeAncestor: '[mode]',
  feedItem: '[data-e2e="recommend-list-item-container"]',
  authorUniqueId: '[data-e2e="video-author-uniqueid"]',
  authorAvatar: 'a[data-e2e="video-author-avatar"]',
  browseUsername: '[data-e2e="browse-username"]',
  /** Captions, shown to the person beside the canonical URL when they confirm (never used for it). */
  caption: '[data-e2e="video-desc"]',
  browseCaption: '[data-e2e="browse-video-desc"]',
  gridTile: '[data-e2e="user-post-item"]',
  browseOverlay: '[class*="DivBrowserModeContainer"]',
  videoPage: '#main-content-video_detail',
  /** Modes that are a single video a person is watching (grid tiles, mode 1, are previews). */
  watchModes: ['0', '2', '4'] as (string | null | undefined)[],
} as const;

/** What the second strategy reads when the markup above has changed: shapes no build renames. */
export const STRUCTURE = {
  /** The player's own id ends in the video's: `xgwrapper-0-<id>` today, whatever the prefix tomorrow. */
  playerId: /-(\d{19})$/,
  /** How far above the video its player may sit. */
  playerLevels: 3,
  /** How far above the player the item naming its author may sit. */
  itemLevels: 5,
  profileLink: 'a[href^="/@"], a[href^="https://www.tiktok.com/@"]',
  origin: 'https://www.tiktok.com',
} as const;
