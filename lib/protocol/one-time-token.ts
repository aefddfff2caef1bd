/**
 * The one-time tokens the background issues for a question (the in-page button's confirmation, a
 * batch): 128 random bits as 32 hex digits, the shape `tokenRequest` (requests.ts) accepts. Nothing
 * else names the question, so a page that has no token can neither show nor decide it.
 */
export function oneTimeToken(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
