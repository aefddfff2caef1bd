import { fakeBrowser } from 'wxt/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveMessage, toMessagesJson } from './messages-json';
import { formatNumber, t, tn, uiLocale } from './t';
import { french } from '../../locales/fr';
import { english } from '../../locales/en';

const getMessage = fakeBrowser.i18n.getMessage;
const getUILanguage = fakeBrowser.i18n.getUILanguage;

/** As the browser does for a person whose language is `locale`'s (the messages) and `ui` (the browser's). */
function speak(catalog: typeof french, ui: string) {
  const messages = toMessagesJson(catalog, english);
  fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | string[]) =>
    resolveMessage(messages, name, ([] as string[]).concat(substitutions ?? []));
  fakeBrowser.i18n.getUILanguage = () => ui;
}

afterEach(() => {
  fakeBrowser.i18n.getMessage = getMessage;
  fakeBrowser.i18n.getUILanguage = getUILanguage;
});

describe('t and tn', () => {
  it('fill placeholders by name, and write numbers the locale’s way', () => {
    expect(t('inPage_readyBy', { creator: 'luna.bakes' })).toBe('Analyze with Sume: the video by @luna.bakes');
    expect(tn('core_credits', 1)).toBe('1 credit');
    expect(tn('core_credits', 2000)).toBe('2,000 credits');
    expect(formatNumber(1234567)).toBe('1,234,567');
  });

  it('pick the plural form the language’s rules pick', () => {
    speak(french, 'fr-FR');
    expect(tn('core_credits', 0)).toBe('0 crédit');
    expect(tn('core_credits', 1)).toBe('1 crédit');
    expect(tn('core_credits', 2000)).toBe('2\u202f000 crédits');
    expect(t('inPage_readyBy', { creator: 'luna' })).toBe('Analyser avec Sume\u00a0: la vidéo de @luna');
  });

  it('write dates and numbers in the browser’s locale when it is the messages’ language, else in the messages’ language', () => {
    speak(french, 'fr-CA');
    expect(uiLocale()).toBe('fr-CA');
    speak(french, 'en-US'); // a headless browser told --lang=fr: French messages, English UI
    expect(uiLocale()).toBe('fr');
    fakeBrowser.i18n.getUILanguage = () => 'en-GB';
    fakeBrowser.i18n.getMessage = getMessage;
    expect(uiLocale()).toBe('en-GB');
    fakeBrowser.i18n.getUILanguage = () => 'it-IT'; // no Italian messages: the browser falls back to English
    expect(uiLocale()).toBe('en');
  });

  it('show the message’s name, not nothing, when a message is missing', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    expect(t('inPage_ready')).toBe('inPage_ready');
    expect(tn('core_credits', 3)).toBe('core_credits');
  });
});
