import { browser } from 'wxt/browser';

/** Notification ids carry what a click opens: `sume:<captureId>` or `sume:all`. */
export const NOTIFICATION_PREFIX = 'sume:';

export async function showNotification(target: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${target}:${Date.now()}`, {
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
