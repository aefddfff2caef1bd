/**
 * The locale files (assets/public/_locales) say the same things in every language: each key of
 * English exists everywhere with the same placeholders, nothing is empty, the brand stays the
 * brand, and the store's limits hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../assets/public/_locales');
type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, unknown> }>;
const read = (locale: string): Messages => JSON.parse(readFileSync(path.join(root, locale, 'messages.json'), 'utf8'));
const locales = readdirSync(root).sort();
const english = read('en');
/** `$name$` and `$1` references inside a message. */
const references = (message: string) => [...message.matchAll(/\$[A-Za-z0-9_@]+\$|\$\d/g)].map((m) => m[0]).sort();

describe('the locale files', () => {
  it('cover the six languages the extension ships in', () => {
    expect(locales).toEqual(['de', 'en', 'es', 'fr', 'ja', 'pt_BR']);
  });

  it.each(locales.filter((locale) => locale !== 'en'))('%s has every English key, no other, with the same placeholders', (locale) => {
    const messages = read(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message, placeholders }] of Object.entries(messages)) {
      expect(message.trim(), `${locale}.${key}`).not.toBe('');
      expect(references(message), `${locale}.${key}`).toEqual(references(english[key]?.message ?? ''));
      expect(Object.keys(placeholders ?? {}).sort(), `${locale}.${key}`).toEqual(Object.keys(english[key]?.placeholders ?? {}).sort());
    }
  });

  it.each(locales)('%s keeps the brand, and the description fits the stores’ 132 characters', (locale) => {
    const messages = read(locale);
    expect(messages.extName?.message).toBe('Sume Capture');
    expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it('English says what each message is for, for translators', () => {
    expect(Object.entries(english).filter(([, entry]) => !entry.description)).toEqual([]);
  });
});
