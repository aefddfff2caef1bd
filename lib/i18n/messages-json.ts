/**
 * A catalog (see catalog.ts) as the browsers' `messages.json`. Each message is named
 * `<area>_<key>`, a plural form `<area>_<key>__<form>`. `{name}` becomes the named placeholder
 * `$name$` (the browsers read placeholder names in any case; they are written in lower case), whose content is the position of `name` among the message's arguments sorted by name,
 * which is the order `lib/i18n/t.ts` passes them in. A `$` in a message is refused: the browsers
 * read it as a placeholder.
 */
import { argumentsOf, type Catalog, type MessageValue, isPlural } from './catalog';

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessagesJson = Record<string, ChromeMessage>;

export const messageName = (area: string, key: string, form?: string) => (form ? `${area}_${key}__${form}` : `${area}_${key}`);

function chromeMessage(text: string, argumentNames: readonly string[]): ChromeMessage {
  if (text.includes('$')) throw new Error(`A message may not contain "$": ${text}`);
  const used = new Set<string>();
  const message = text.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) => {
    if (!argumentNames.includes(name)) return whole;
    used.add(name);
    return `$${name}$`;
  });
  if (used.size === 0) return { message };
  const placeholders = Object.fromEntries([...used].sort().map((name) => [name.toLowerCase(), { content: `$${argumentNames.indexOf(name) + 1}` }]));
  return { message, placeholders };
}

/**
 * `catalog` in the browsers' format. Arguments come from `source` (English), so every language
 * numbers them the same way.
 */
export function toMessagesJson(catalog: Catalog, source: Catalog = catalog): MessagesJson {
  const out: MessagesJson = {};
  for (const [area, messages] of Object.entries(catalog)) {
    for (const [key, value] of Object.entries(messages)) {
      const english: MessageValue = source[area]?.[key] ?? value;
      const names = argumentsOf(english);
      if (isPlural(value)) {
        for (const [form, text] of Object.entries(value)) if (text !== undefined) out[messageName(area, key, form)] = chromeMessage(text, names);
      } else {
        out[messageName(area, key)] = chromeMessage(value, names);
      }
    }
  }
  return out;
}

/**
 * What `browser.i18n.getMessage(name, substitutions)` returns for these messages, as Chromium and
 * Firefox work it out: named placeholders by their content, which is `$1`…`$9`.
 * Used where no browser is (unit tests, the pseudo-locale check).
 */
export function resolveMessage(messages: MessagesJson, name: string, substitutions: readonly string[] = []): string {
  const entry = messages[name];
  if (!entry) return '';
  return entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, placeholder: string) => {
    const content = entry.placeholders?.[placeholder.toLowerCase()]?.content;
    return content === undefined ? whole : content.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
  });
}
