/** The settings page, the welcome page and the workspace connection. */
export const settings = {} as const;
