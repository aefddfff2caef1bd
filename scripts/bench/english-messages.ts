/**
 * The bench runs extension code in Node, where there is no `browser.i18n`: give it the English
 * messages, resolved as the browsers do. Imported first, before anything reads `browser`.
 */
import { resolveMessage, toMessagesJson } from '../../lib/i18n/messages-json';
import { english } from '../../locales/en';

const messages = toMessagesJson(english);
const scope = globalThis as { chrome?: { i18n?: unknown } };
scope.chrome ??= {};
scope.chrome.i18n ??= {
  getMessage: (name: string, substitutions?: string | string[]) => resolveMessage(messages, name, ([] as string[]).concat(substitutions ?? [])),
  getUILanguage: () => 'en-US',
};
