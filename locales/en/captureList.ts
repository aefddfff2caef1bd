/** The captures page’s list: rows, filters, sort, selection, bulk actions and export. */
export const captureList = {} as const;
