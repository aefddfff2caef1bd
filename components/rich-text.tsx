/**
 * A translated sentence with markup inside (a bold name, a link, a shortcut): the sentence is
 * translated whole, with `slot(n)` as the placeholder's value, and `richText` puts element `n`
 * wherever the language placed it. Slots are private-use characters no message or name contains.
 */
import { type ComponentChildren, Fragment } from 'preact';

export const slot = (n: number) => `\uE000${n}\uE000`;

export function richText(text: string, elements: readonly ComponentChildren[]): ComponentChildren {
  return text.split(/\uE000(\d)\uE000/).map((part, index) => <Fragment key={index}>{index % 2 ? elements[Number(part)] : part}</Fragment>);
}
