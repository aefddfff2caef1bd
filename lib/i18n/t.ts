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
const getMessage = (name: string, substitutions?: string[]): string => (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(name, substitutions);

/** The browser's language (e.g. "pt-BR"): dates and numbers are written the person's way. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage() || 'en';
}

let rules: Intl.PluralRules | undefined;
let numbers: Intl.NumberFormat | undefined;

/** The plural rules of the language the messages are in (the browser falls back to English). */
function pluralRules(): Intl.PluralRules {
  rules ??= new Intl.PluralRules(getMessage('meta_language') || 'en');
  return rules;
}

export function formatNumber(n: number): string {
  numbers ??= new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 0 });
  return numbers.format(n);
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
