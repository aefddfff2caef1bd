import { describe, expect, it } from 'vitest';
import { resolveMessage, toMessagesJson } from './messages-json';

const english = {
  area: {
    plain: 'Hello',
    two: 'Send {name} to {place}',
    count: { one: '{count} file in {place}', other: '{count} files in {place}' },
  },
} as const;
const german = {
  area: {
    plain: 'Hallo',
    two: '{place}: {name} senden',
    count: { one: 'Eine Datei in {place}', other: '{count} Dateien in {place}' },
  },
} as const;

describe('toMessagesJson', () => {
  it('names messages <area>_<key>, plural forms <area>_<key>__<form>', () => {
    expect(Object.keys(toMessagesJson(english))).toEqual(['area_plain', 'area_two', 'area_count__one', 'area_count__other']);
  });

  it('numbers arguments by their sorted names, the same in every language, whatever the word order', () => {
    const en = toMessagesJson(english);
    const de = toMessagesJson(german, english);
    expect(en.area_two).toEqual({ message: 'Send $name$ to $place$', placeholders: { name: { content: '$1' }, place: { content: '$2' } } });
    expect(resolveMessage(en, 'area_two', ['Anna', 'Sume'])).toBe('Send Anna to Sume');
    expect(resolveMessage(de, 'area_two', ['Anna', 'Sume'])).toBe('Sume: Anna senden');
    // count, place: a form that leaves {count} out still finds {place} in second position.
    expect(resolveMessage(de, 'area_count__one', ['1', 'Sume'])).toBe('Eine Datei in Sume');
    expect(resolveMessage(en, 'area_count__other', ['3', 'Sume'])).toBe('3 files in Sume');
  });

  it('finds camelCase placeholders, whose names the browsers read in any case', () => {
    const messages = toMessagesJson({ area: { left: '{timeLeft} left' } });
    expect(messages.area_left?.placeholders).toEqual({ timeleft: { content: '$1' } });
    expect(resolveMessage(messages, 'area_left', ['5 s'])).toBe('5 s left');
  });

  it('refuses a "$", which the browsers would read as a placeholder', () => {
    expect(() => toMessagesJson({ area: { price: 'Costs $5' } })).toThrow(/\$/);
  });

  it('resolves to "" for a name it does not have, as the browsers do', () => {
    expect(resolveMessage(toMessagesJson(english), 'area_missing')).toBe('');
  });
});
