import { browser } from 'wxt/browser';

/** Notification ids carry what a click opens: `sume:<captureId>` or `sume:all`. */
export const NOTIFICATION_PREFIX = 'sume:';

/**
 * `key` ends the id: the time by default, so each notification is new; a fixed key makes the same
 * news shown again replace the first (the browser updates a notification whose id it already shows).
 */
export async function showNotification(target: string, title: string, message: string, key: string = String(Date.now())): Promise<void> {
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${target}:${key}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}

/** The capture a notification is about (or 'all'), from its id. */
export function notificationTarget(notificationId: string): string | null {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return null;
  return notificationId.slice(NOTIFICATION_PREFIX.length).split(':')[0] ?? null;
}
