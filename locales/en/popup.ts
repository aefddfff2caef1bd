/** The toolbar popup, the spend confirmation and the pieces they share with other pages. */
export const popup = {} as const;
