import { browser } from 'wxt/browser';

/**
 * Closes `storage.local` (which holds the API key) to content scripts. Chrome supports this for
 * the local area; Firefox only for `session` (https://bugzilla.mozilla.org/show_bug.cgi?id=1724754),
 * so there our content scripts simply never read storage: they get what they need by message.
 */
export async function restrictLocalStorageToExtension(): Promise<void> {
  const local = browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  if (typeof local.setAccessLevel !== 'function') return;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    // Older Chromium accepted setAccessLevel on `session` only; nothing more can be done there.
  }
}
