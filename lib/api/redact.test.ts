import { describe, expect, it } from 'vitest';
import { maskApiKey, redact } from './redact';

describe('redact', () => {
  it.each([
    ['an API key', 'key sume_live_abcDEF123456789 leaked', 'sume_live_abcDEF123456789'],
    ['a bearer token', 'Authorization: Bearer abc.def.ghi', 'abc.def.ghi'],
    ['an X-Api-Key header', 'x-api-key: legacy-secret-123', 'legacy-secret-123'],
    ['a signed sandbox URL', 'PUT http://127.0.0.1:8787/__storage/uploads/w/a.png?expires=1&sig=deadbeef failed', 'sig=deadbeef'],
    ['an S3 presigned URL', 'https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIA&X-Amz-Signature=f00', 'X-Amz-Signature=f00'],
    ['a storage key', 'could not finalize uploads/wks_1/abc/clip.mp4', 'wks_1/abc/clip.mp4'],
  ])('removes %s', (_what, text, secret) => {
    expect(redact(text)).not.toContain(secret);
    expect(redact(text)).toContain('[redacted]');
  });

  it('removes exact secrets the caller names', () => {
    expect(redact('token=plainsecret!', ['plainsecret!'])).toBe('token=[redacted]');
  });

  it('leaves ordinary text and public reel URLs alone', () => {
    const text = 'Analysis of https://www.tiktok.com/@a/video/7301234567890123456 failed: 402';
    expect(redact(text)).toBe(text);
  });
});

describe('maskApiKey', () => {
  it('shows only a prefix and the last four characters', () => {
    expect(maskApiKey('sume_live_abcdefghijklmnop1234')).toBe('sume_live_…1234');
    expect(maskApiKey('short')).toBe('••••');
  });
});
