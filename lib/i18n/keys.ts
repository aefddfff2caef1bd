/**
 * Message names and their arguments, worked out from the English catalog's types: `t('popup_title')`
 * with a name that does not exist, or without the `{name}` arguments its message uses, does not
 * compile. Types only: no message text is bundled by importing this.
 */
import type { english } from '../../locales/en';

type English = typeof english;
type Entries = {
  [A in keyof English & string]: { [K in keyof English[A] & string]: { name: `${A}_${K}`; value: English[A][K] } }[keyof English[A] & string];
}[keyof English & string];

type PlaceholdersIn<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersIn<Rest> : never;
type Argument = string | number;
type ArgumentsFor<Names extends string> = [Names] extends [never] ? [] : [arguments: Record<Names, Argument>];

type ValueOf<N> = Extract<Entries, { name: N }>['value'];
type FormTexts<V> = V extends Readonly<Record<string, infer Text>> ? Text : never;

export type MessageName = Extract<Entries, { value: string }>['name'];
export type PluralName = Exclude<Entries, { value: string }>['name'];
export type MessageArguments<N extends MessageName> = ArgumentsFor<PlaceholdersIn<ValueOf<N>>>;
export type PluralArguments<N extends PluralName> = ArgumentsFor<Exclude<PlaceholdersIn<FormTexts<ValueOf<N>>>, 'count'>>;
