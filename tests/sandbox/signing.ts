import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Upload URL signatures, S3-style: the URL itself is the credential, so the storage PUT needs
 * no Sume key. The signature binds method, object key, expiry, size and content type, so none
 * of them can be changed by whoever holds the URL.
 */

export interface SignedFields {
  method: string;
  storageKey: string;
  expires: number;
  sizeBytes: number;
  contentType: string;
}

export function sign(secret: Buffer, fields: SignedFields): string {
  const payload = [fields.method, fields.storageKey, fields.expires, fields.sizeBytes, fields.contentType].join('|');
  return createHmac('sha256', secret).update(payload).digest('hex');
}

export function verify(secret: Buffer, fields: SignedFields, signature: string): boolean {
  // Buffer.from(hex) silently stops at the first non-hex character, so check the shape first.
  if (!/^[0-9a-f]{64}$/.test(signature)) return false;
  const expected = Buffer.from(sign(secret, fields), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
