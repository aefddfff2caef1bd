import { browser } from 'wxt/browser';

/**
 * Whether this start of the background is the first of its session: the browser started, or the
 * extension was installed, updated or reloaded. Then nothing of the extension's from before (no
 * uploader, no page) is still running. Otherwise it is a stopped worker waking up, and an uploader
 * may still be at work. Told by a marker in `storage.session`, which the browser empties at each
 * of those moments; `runtime.onStartup` cannot tell, as it misses installs, updates and reloads.
 * Without `storage.session` the answer is false: the careful one.
 */
const MARKER = 'backgroundStartedThisSession';

let answer: Promise<boolean> | undefined;

export function isFirstStartOfSession(): Promise<boolean> {
  answer ??= (async () => {
    const session = (browser.storage as { session?: typeof browser.storage.local }).session;
    if (!session) return false;
    if ((await session.get(MARKER))[MARKER]) return false;
    await session.set({ [MARKER]: true });
    return true;
  })().catch(() => false);
  return answer;
}
