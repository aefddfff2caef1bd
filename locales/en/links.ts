/** Why a pasted or visited link cannot be analyzed, and how captures are named (lib/platforms). */
export const links = {
  // Pasted text that is not a usable web address (lib/platforms/url-input.ts).
  pasteLink: 'Paste a TikTok or Instagram link.',
  tooLong: 'That link is too long to be a TikTok or Instagram link.',
  /** The pasted text has spaces in it. Keep the example address as it is. */
  notALink: 'That is not a link. Paste the video’s address, like https://www.tiktok.com/@user/video/…',
  webLinksOnly: 'Only web links (https://…) to TikTok or Instagram can be used.',
  /** "Look-alike links": fake links made to look like TikTok or Instagram. */
  encodedHost: 'The link’s address contains unusual or encoded characters, as look-alike links do. Copy it again from the address bar.',
  invalidLink: 'That is not a valid link. Copy it again from the address bar.',
  /** The address has `name@` before the site (https://tiktok.com@evil.example/). */
  userInfo: 'The link contains a user name before “@” in its address, a trick look-alike links use. Copy it again from the address bar.',
  /** A port: the `:8080` in https://www.tiktok.com:8080/. */
  port: 'TikTok and Instagram links never name a port; this one does.',
  /** The site's name is written with non-Latin letters (punycode, xn--). */
  internationalHost: 'The link’s address uses international characters, as look-alike links do. Copy it again from the address bar.',
  encodedSlash: 'The link hides “/” or “\\” in its path as %2F or %5C. Copy it again from the address bar.',

  // A link to another site (lib/platforms/index.ts).
  /** {sites}: "tiktok.com or instagram.com"; {platforms}: "TikTok and Instagram" (lists written in this language). */
  notOnSites: 'This link is not on {sites}. Only {platforms} links can be used.',
  unreadable: 'This link could not be read. Copy it again from the address bar.',
  /** Another part of the platform's site (ads.tiktok.com). {platform}: "TikTok"; {host}: "www.tiktok.com". */
  otherSection: 'This part of {platform} (ads, shop, help…) does not show videos. Open the video on {host} and copy its link.',
  /** A fake site (tiktok.com.evil.example). {platform}: "TikTok"; {site}: "tiktok.com"; {platforms}: "TikTok and Instagram". */
  lookAlike: 'This link’s address only looks like {platform}; it is not {site}. Only {platforms} links can be used.',

  // TikTok pages that are not one video (lib/platforms/tiktok-url.ts). Feed names as TikTok shows them in this language.
  tiktokLive: 'This is a TikTok LIVE stream, which cannot be analysed. Open a video instead.',
  tiktokPlaylist: 'This is a TikTok playlist, not a video. Open one of its videos instead.',
  tiktokSound: 'This is a TikTok sound (music) page, not a video. Open one of its videos instead.',
  tiktokHashtag: 'This is a TikTok hashtag page, not a video. Open one of its videos instead.',
  tiktokTopic: 'This is a TikTok topic page, not a video. Open one of its videos instead.',
  tiktokExplore: 'This is TikTok’s Explore page, not a video. Open one of its videos instead.',
  tiktokForYou: 'This is the TikTok For You feed, not a single video. Open the video and copy its link.',
  tiktokFollowing: 'This is the TikTok Following feed, not a single video. Open the video and copy its link.',
  tiktokFriends: 'This is the TikTok Friends feed, not a single video. Open the video and copy its link.',
  tiktokHome: 'This is the TikTok home feed, not a single video. Open the video and copy its link.',
  tiktokSearch: 'This is a TikTok search page, not a video. Open one of its videos instead.',
  tiktokSticker: 'This is a TikTok sticker page, not a video. Open one of its videos instead.',
  tiktokPlace: 'This is a TikTok place page, not a video. Open one of its videos instead.',
  tiktokPhoto: 'This is a TikTok photo post, not a video. Only videos can be analysed.',
  tiktokCollection: 'This is a TikTok collection, not a video. Open one of its videos instead.',
  tiktokProfile: 'This is a TikTok profile, not a video. Open one of its videos instead.',
  tiktokGeneric: 'This TikTok link does not point to a single video. Open the video and copy its link.',
  tiktokBadId: 'This TikTok video id is not 19 digits, so the link is cut off or altered. Copy it again.',
  /** Short links: vm.tiktok.com/ZMabc123/. */
  tiktokBadShortCode: 'This TikTok short link’s code looks cut off or altered. Copy it again.',
  tiktokNoShortCode: 'This TikTok short link has no code. Copy the whole link again.',
  /** Handle: the @name of a TikTok account. */
  tiktokBadHandle: 'The TikTok handle in this link is not valid. Copy the link again.',

  // Instagram pages that are not one reel or post (lib/platforms/instagram-url.ts).
  instagramGeneric: 'This Instagram link does not point to a single reel or post. Open the reel or post itself and copy its link.',
  instagramBadCode: 'This Instagram link’s code looks cut off or altered. Copy it again.',
  instagramNoShareCode: 'This Instagram share link has no code. Copy the whole link again.',
  instagramProfile: 'This is an Instagram profile, not a reel or post. Open the reel or post itself and copy its link.',
  instagramStories: 'Instagram Stories cannot be analysed. Open a reel or post instead.',
  instagramExplore: 'This is an Instagram Explore, hashtag or place page, not a single reel or post. Open the reel or post itself and copy its link.',
  instagramDirect: 'This is an Instagram message thread, not a reel or post. Open the reel or post itself and copy its link.',
  instagramHome: 'This is the Instagram home feed, not a single reel or post. Open the reel or post itself and copy its link.',
  instagramReelsFeed: 'This is the Instagram Reels feed, not a single reel. Open the reel or post itself and copy its link.',
  instagramReelsTab: 'This is the Reels tab of an Instagram profile, not a single reel. Open the reel or post itself and copy its link.',
  instagramAudio: 'This is an Instagram audio page, not a reel. Open one of its reels instead.',

  // A capture's short name, in notifications and lists (lib/platforms/registry.ts).
  tiktokVideo: 'TikTok video',
  /** {handle}: the creator's TikTok handle, without the "@". */
  tiktokVideoBy: 'TikTok video by @{handle}',
  instagramReel: 'Instagram Reel',
  instagramPost: 'Instagram post',
  /** A capture from a page whose kind is unknown. */
  video: 'Video',

  // Settings: where the Sume button shows on each platform (a hint under the platform's switch).
  tiktokButtonPlaces: 'For You, Following, video pages and profile viewers',
  instagramButtonPlaces: 'Reels, reel and post pages, the home feed and pop-up posts',
} as const;
