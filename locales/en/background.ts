/** Notifications, menus and the messages the background worker stores on captures (lib/background). */
export const background = {} as const;
