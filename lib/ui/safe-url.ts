/**
 * Values from Sume or a page are untrusted. A value becomes a link only when it is a plain http(s) URL:
 * never `javascript:`, `data:`, `blob:` or anything a browser would run or render inline.
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 4096 || !/^https?:\/\/\S+$/i.test(value)) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
