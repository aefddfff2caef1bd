/**
 * The languages Sume Capture speaks, by the browsers' `_locales` folder name. English is the
 * source and the fallback (`default_locale`). Adding a language: a folder here, typed against
 * English, and one line below; a right-to-left one needs nothing else (the CSS is logical).
 */
import type { Catalog } from '../lib/i18n/catalog';
import { german } from './de';
import { english } from './en';
import { spanish } from './es';
import { french } from './fr';
import { japanese } from './ja';
import { brazilianPortuguese } from './pt_BR';

export const SOURCE_LOCALE = 'en';
export const LOCALES: Readonly<Record<string, Catalog>> = {
  en: english,
  es: spanish,
  pt_BR: brazilianPortuguese,
  fr: french,
  de: german,
  ja: japanese,
};
