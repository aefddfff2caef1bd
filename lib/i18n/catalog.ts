/**
 * The shape of the locale files in `locales/<language>/`: areas of messages, each message a string
 * with `{name}` placeholders, or plural forms chosen by `Intl.PluralRules` (`{count}` is the
 * number). English is the source; every other language is typed against it (`Translation`), so a
 * missing or extra key is a compile error. `lib/i18n/messages-json.ts` turns a catalog into the
 * `_locales/<language>/messages.json` the browsers read.
 */

export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralForm = (typeof PLURAL_FORMS)[number];

/** Plural forms of one message: `other` always, the rest as the language's rules need them. */
export type Plural = { readonly other: string } & { readonly [form in Exclude<PluralForm, 'other'>]?: string };
export type MessageValue = string | Plural;
export type Area = Readonly<Record<string, MessageValue>>;
export type Catalog = Readonly<Record<string, Area>>;

/** A translation of one English area: the same keys, strings for strings, plural forms for plurals. */
export type Translation<A extends Area> = { readonly [K in keyof A]: A[K] extends string ? string : Plural };
export type CatalogTranslation<C extends Catalog> = { readonly [K in keyof C]: Translation<C[K]> };

export const isPlural = (value: MessageValue): value is Plural => typeof value !== 'string';

/** `{name}` placeholders of a message, in the order they appear. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g)].map((match) => match[1] as string);
}

/** Every placeholder a message's forms use, plus `count` for plurals: what a caller passes. */
export function argumentsOf(value: MessageValue): string[] {
  const names = isPlural(value) ? ['count', ...Object.values(value).flatMap((form) => placeholdersOf(form ?? ''))] : placeholdersOf(value);
  return [...new Set(names)].sort();
}
