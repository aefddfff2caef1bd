/**
 * Every user-facing string goes through here: `t(name, arguments)` for a message,
 * `tn(name, count, arguments)` for one with plural forms, read from the `_locales` the browser
 * picked for the person's language. Numbers among the arguments are written with `Intl`.
 * Small on purpose: the content scripts use it.
 */
import { browser } from 'wxt/browser';
import type { MessageArguments, MessageName, PluralArguments, PluralName } from './keys';

type Arguments = Record<string, string | number>;
/** WXT types `getMessage` from files in the public folder; ours are built from `locales/`. */
const getMessage = (name: string, substitutions?: string[]): string =>
  (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(name, substitutions);

/** `Intl` objects are costly to make: one per locale, kept. */
const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The language the messages are in: the browser's, or English when we do not speak it. */
function messagesLanguage(): string {
  return getMessage('meta_language') || 'en';
}

/**
 * The locale for `Intl` (dates, numbers, plural rules): the browser's own ("en-GB", "pt-BR") when
 * the messages are in its language, else the messages' language, so the words and the numbers
 * beside them never read as two languages.
 */
export function uiLocale(): string {
  const browserLocale = browser.i18n.getUILanguage() || 'en';
  const language = messagesLanguage();
  return browserLocale.split('-')[0] === language.split('-')[0] ? browserLocale : language;
}

function pluralRules(): Intl.PluralRules {
  const language = messagesLanguage();
  const made = rules.get(language) ?? new Intl.PluralRules(language);
  rules.set(language, made);
  return made;
}

export function formatNumber(n: number): string {
  const locale = uiLocale();
  const made = numbers.get(locale) ?? new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  numbers.set(locale, made);
  return made.format(n);
}

function lookup(name: string, args: Arguments | undefined): string {
  const substitutions = args
    ? Object.keys(args)
        .sort()
        .map((key) => {
          const value = args[key] as string | number;
          return typeof value === 'number' ? formatNumber(value) : value;
        })
    : undefined;
  return getMessage(name, substitutions);
}

export function t<N extends MessageName>(name: N, ...[args]: MessageArguments<N>): string {
  return lookup(name, args) || name;
}

export function tn<N extends PluralName>(name: N, count: number, ...[args]: PluralArguments<N>): string {
  const all = { ...args, count };
  return lookup(`${name}__${pluralRules().select(count)}`, all) || lookup(`${name}__other`, all) || name;
}

/**
 * An extension page in the messages' language: `<html lang>` for screen readers and hyphenation,
 * `dir` from the browser (`@@bidi_dir`), so a right-to-left language lays out by itself.
 */
export function localizeDocument(doc: Document = document): void {
  doc.documentElement.lang = messagesLanguage();
  doc.documentElement.dir = getMessage('@@bidi_dir') || 'ltr';
}
