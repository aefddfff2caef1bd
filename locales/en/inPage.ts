/** The Sume button on TikTok and Instagram videos (kept short: it ships in the content scripts). */
export const inPage = {} as const;
