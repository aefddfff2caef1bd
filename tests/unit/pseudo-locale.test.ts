import { describe, expect, it } from 'vitest';
import { pseudoMessages, pseudoText } from '../e2e/pseudo-locale';

describe('the pseudo-locale', () => {
  it('accents letters, keeps placeholders, and makes the text 40% longer in words that can wrap', () => {
    const text = pseudoText('Analyze $count$ videos by @$creator$');
    expect(text).toMatch(/^\[Àñàļýžé \$count\$ ṽîđéöš ƀý @\$creator\$ [~ ]+\]$/);
    expect(text.length).toBeGreaterThanOrEqual('Analyze $count$ videos by @$creator$'.length * 1.4);
    expect(text).not.toMatch(/~{6}/);
  });

  it('leaves the language tag alone', () => {
    expect(pseudoMessages({ meta_language: { message: 'en' }, a_b: { message: 'Hi' } })).toEqual({
      meta_language: { message: 'en' },
      a_b: { message: '[Ĥî ~~]' },
    });
  });
});
