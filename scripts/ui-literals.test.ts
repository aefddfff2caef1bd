/**
 * No user-facing English outside the locale files: what scripts/ui-literals.ts finds in
 * components/, entrypoints/ and lib/ must be nothing. A string that only looks like words
 * (a CSS declaration, a diagnostics line for support) is marked `// ui-literal: not user-facing`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAllLiterals, findLiterals } from './ui-literals';

const root = path.resolve(import.meta.dirname, '..');

describe('user-facing text', () => {
  it('all goes through the locale files', () => {
    expect(findAllLiterals(root).map((l) => `${l.file}:${l.line} ${l.text}`)).toEqual([]);
  });

  it('is found where a person reads it, and not where only code does', () => {
    const source = `
      import { x } from 'some module path';
      const label = 'Analyze this reel';
      const kind = 'sc-button primary';
      console.warn('Something went wrong here');
      throw new Error('An internal reason for developers');
      export const View = () => <button aria-label="Open the result" class="sc-button wide">Open it</button>;
      // ui-literal: not user-facing
      const css = 'display: block; color: red';
      if (phase === 'waits for credits') {}
    `;
    expect(findLiterals(root, path.join(root, 'x.tsx'), source).map((l) => l.text)).toEqual(['Analyze this reel', 'Open the result', 'Open it']);
  });
});
