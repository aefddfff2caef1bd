/** The captures page: its frame, a capture’s detail and its analysis. */
export const captures = {} as const;
