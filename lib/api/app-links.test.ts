import { describe, expect, it } from 'vitest';
import { sumeAppUrl } from './app-links';

describe('sumeAppUrl', () => {
  it.each([
    ['billing', 'https://www.sume.so/api/v1', 'https://www.sume.so/settings/billing'],
    ['api_keys', 'https://www.sume.so/api/v1', 'https://www.sume.so/settings/api-keys'],
    ['billing', 'http://127.0.0.1:8787/api/v1', 'http://127.0.0.1:8787/settings/billing'],
    ['billing', 'ftp://evil.example/api', 'https://www.sume.so/settings/billing'],
    ['api_keys', 'not a url', 'https://www.sume.so/settings/api-keys'],
  ] as const)('%s for %s is %s', (page, base, expected) => {
    expect(sumeAppUrl(page, base)).toBe(expected);
  });

  it('uses production when no base URL is given', () => {
    expect(sumeAppUrl('billing')).toBe('https://www.sume.so/settings/billing');
  });
});
