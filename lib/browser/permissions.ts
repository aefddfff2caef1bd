import { browser } from 'wxt/browser';

export function hasOriginPermission(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/** Must be called straight from a click handler: browsers only prompt during a user gesture. */
export function requestOriginPermission(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}
