/** The Asset Library: uploads panel, drop zone, capture buttons and outcomes. */
export const uploads = {} as const;
