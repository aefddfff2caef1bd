/** Messages from the API client, the account, jobs, uploads, diagnostics and the extension pages’ shared hooks (lib/api, lib/account, lib/jobs, lib/uploads, lib/ui, lib/browser, lib/diagnostics). */
export const core = {
  credits: { one: '{count} credit', other: '{count} credits' },
} as const;
