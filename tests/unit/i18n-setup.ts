/**
 * Unit tests run without a browser; WXT's fake browser has no `i18n`. Give it the English
 * messages, built and resolved the way the browsers do (lib/i18n/messages-json.ts), so code under
 * test reads the same text a person with an English browser reads.
 */
import { fakeBrowser } from 'wxt/testing';
import { resolveMessage, toMessagesJson } from '../../lib/i18n/messages-json';
import { english } from '../../locales/en';

const messages = toMessagesJson(english);
fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | string[]) =>
  resolveMessage(messages, name, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
fakeBrowser.i18n.getUILanguage = () => 'en-US';
