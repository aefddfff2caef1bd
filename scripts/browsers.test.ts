import { describe, expect, it } from 'vitest';
import { installCommand, missingBrowsers } from './browsers';

describe('the browsers the tests need', () => {
  it('names what is missing and the one command that installs it', () => {
    expect(missingBrowsers(() => true)).toEqual([]);
    expect(missingBrowsers((p) => p !== '/usr/bin/firefox-esr')).toEqual(['firefox-esr']);
    expect(installCommand(missingBrowsers(() => false))).toBe('sudo apt-get update && sudo apt-get install -y chromium firefox-esr');
  });
});
