/**
 * A pseudo-locale: every English message accented and 40% longer, in brackets, so a screenshot
 * shows at a glance any text that skipped the locale files (it stays plain) and any layout that
 * breaks when a translation runs long (German and French often do). Placeholders are kept.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MessagesJson } from '../../lib/i18n/messages-json';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i] as string,
  ]),
);

/** "Analyze $count$ videos" → "[Àñàļýžé $count$ ṽîđéöš ~~~~~ ~~~]". */
export function pseudoText(message: string): string {
  const accented = message
    .split(/(\$[A-Za-z0-9_@]+\$)/)
    .map((part) => (part.startsWith('$') ? part : part.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter)))
    .join('');
  const padding = '~'.repeat(Math.max(2, Math.ceil(message.length * 0.4)));
  return `[${accented} ${padding.replace(/(.{5})(?=.)/g, '$1 ')}]`;
}

export function pseudoMessages(messages: MessagesJson): MessagesJson {
  return Object.fromEntries(
    Object.entries(messages).map(([name, entry]) => [name, name.startsWith('meta_') ? entry : { ...entry, message: pseudoText(entry.message) }]),
  );
}

/** A copy of the built extension at `to` whose English messages are pseudo-localized. */
export async function makePseudoLocaleBuild(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
  const file = path.join(to, '_locales/en/messages.json');
  const messages = JSON.parse(await readFile(file, 'utf8')) as MessagesJson;
  await writeFile(file, JSON.stringify(pseudoMessages(messages)));
}
