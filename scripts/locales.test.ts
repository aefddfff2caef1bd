/**
 * The locale files (locales/<language>) say the same things in every language: every English
 * message exists everywhere (the types make sure of that) with the same placeholders, nothing is
 * empty, plural messages have the forms each language's rules pick, the brand stays the brand,
 * and the store's limits hold. Also what the build writes for the browsers.
 */
import { describe, expect, it } from 'vitest';
import { argumentsOf, isPlural, type MessageValue, PLURAL_FORMS, placeholdersOf } from '../lib/i18n/catalog';
import { toMessagesJson } from '../lib/i18n/messages-json';
import { LOCALES, SOURCE_LOCALE } from '../locales';

const english = LOCALES[SOURCE_LOCALE] ?? {};
const entries = (locale: string): [string, MessageValue][] =>
  Object.entries(LOCALES[locale] ?? {}).flatMap(([area, messages]) =>
    Object.entries(messages).map(([key, value]): [string, MessageValue] => [`${area}.${key}`, value]),
  );
const englishValue = (name: string): MessageValue | undefined => {
  const [area = '', key = ''] = name.split('.');
  return english[area]?.[key];
};
const texts = (value: MessageValue) => (isPlural(value) ? Object.values(value).filter((text): text is string => text !== undefined) : [value]);
const languageOf = (locale: string) => String(LOCALES[locale]?.meta?.language ?? '');
const others = Object.keys(LOCALES).filter((locale) => locale !== SOURCE_LOCALE);

describe('the locale files', () => {
  it('cover the six languages the extension ships in, each naming its own language', () => {
    expect(Object.keys(LOCALES).sort()).toEqual(['de', 'en', 'es', 'fr', 'ja', 'pt_BR']);
    for (const locale of Object.keys(LOCALES)) expect(languageOf(locale)).toBe(locale.replace('_', '-'));
  });

  it.each(others)('%s has every English message, no other, of the same kind', (locale) => {
    const names = entries(locale).map(([name]) => name);
    expect(names.sort()).toEqual(
      entries(SOURCE_LOCALE)
        .map(([name]) => name)
        .sort(),
    );
    for (const [name, value] of entries(locale)) expect(isPlural(value), name).toBe(isPlural(englishValue(name) ?? ''));
  });

  it.each(Object.keys(LOCALES))('%s uses the placeholders English does, and nothing is empty', (locale) => {
    for (const [name, value] of entries(locale)) {
      const source = englishValue(name) ?? '';
      for (const text of texts(value)) expect(text.trim(), name).not.toBe('');
      if (isPlural(value)) {
        const allowed = new Set(argumentsOf(source));
        const used = texts(value).flatMap(placeholdersOf);
        expect(
          used.filter((placeholder) => !allowed.has(placeholder)),
          name,
        ).toEqual([]);
        expect([...new Set(used)].sort(), `${locale} ${name} uses every argument in some form`).toEqual(
          argumentsOf(source).filter((arg) => arg !== 'count' || used.includes('count')),
        );
      } else {
        expect(placeholdersOf(value).sort(), `${locale} ${name}`).toEqual(placeholdersOf(source as string).sort());
      }
    }
  });

  it.each(Object.keys(LOCALES))('%s gives plural messages the forms its plural rules pick', (locale) => {
    const categories = new Intl.PluralRules(languageOf(locale)).resolvedOptions().pluralCategories;
    // "many" (fr/es/pt: a million and up) falls back to "other" at run time, which reads right.
    const needed = categories.filter((category) => category !== 'many');
    for (const [name, value] of entries(locale)) {
      if (!isPlural(value)) continue;
      const forms = Object.keys(value);
      expect(
        forms.filter((form) => !categories.includes(form as Intl.LDMLPluralRule)),
        `${locale} ${name}: forms its language never picks`,
      ).toEqual([]);
      expect(
        needed.filter((form) => !forms.includes(form)),
        `${locale} ${name}: missing forms`,
      ).toEqual([]);
      expect(forms.every((form) => (PLURAL_FORMS as readonly string[]).includes(form))).toBe(true);
    }
  });

  it.each(Object.keys(LOCALES))('%s keeps the brand, and the description fits the stores’ 132 characters', (locale) => {
    const manifest = LOCALES[locale]?.manifest;
    expect(manifest?.name).toBe('Sume Capture');
    expect(String(manifest?.description).length).toBeLessThanOrEqual(132);
  });

  it.each(Object.keys(LOCALES))('%s builds into the browsers’ messages.json: names they accept, at most 9 arguments', (locale) => {
    const messages = toMessagesJson(LOCALES[locale] ?? {}, english);
    for (const [name, entry] of Object.entries(messages)) {
      expect(name).toMatch(/^[A-Za-z0-9_]+$/);
      expect(Object.keys(entry.placeholders ?? {}).length).toBeLessThanOrEqual(9);
    }
  });
});
