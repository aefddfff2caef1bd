import { describe, expect, it } from 'vitest';
import { originPermissionPattern, parseBaseUrl } from './base-url';
import { parseRetryAfter } from './transport';

describe('parseBaseUrl', () => {
  it.each([
    ['https://www.sume.so/api/v1', 'https://www.sume.so/api/v1'],
    ['  https://www.sume.so/api/v1/  ', 'https://www.sume.so/api/v1'],
    ['http://127.0.0.1:8787/api/v1', 'http://127.0.0.1:8787/api/v1'],
    ['http://localhost:9000/api/v1', 'http://localhost:9000/api/v1'],
    ['HTTPS://WWW.SUME.SO/api/v1', 'https://www.sume.so/api/v1'],
  ])('accepts %s', (input, baseUrl) => {
    expect(parseBaseUrl(input)).toMatchObject({ ok: true, baseUrl });
  });

  it.each([
    [''],
    ['not a url'],
    ['http://www.sume.so/api/v1'],
    ['ftp://www.sume.so/api/v1'],
    ['javascript:alert(1)'],
    ['https://user:pass@www.sume.so/api/v1'],
    ['https://www.sume.so/api/v1?key=x'],
    ['https://www.sume.so/api/v1#x'],
    [`https://www.sume.so/${'a'.repeat(3000)}`],
  ])('rejects %j with a reason', (input) => {
    const result = parseBaseUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(5);
  });

  it('turns an origin into a host permission pattern (any port)', () => {
    expect(originPermissionPattern('http://127.0.0.1:8787')).toBe('http://127.0.0.1/*');
    expect(originPermissionPattern('https://api.example.test')).toBe('https://api.example.test/*');
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['3', 3000],
    ['0', 0],
    ['1.5', 1500],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
    ['soon', undefined],
    [null, undefined],
  ])('%j → %j ms', (value, ms) => {
    expect(parseRetryAfter(value, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(ms);
  });
});
