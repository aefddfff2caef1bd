/**
 * Reading loosely named fields. The reference-analysis result shape is an assumption
 * ([A] in ../shared/sume-api.md): `start_seconds`, `startSeconds` and `start-seconds` are one name here.
 */

/** `On_Screen-Text` → `onscreentext`: the form every alias list below is written in. */
export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export type Fields = Record<string, unknown>;

export function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first own key of `object` matching one of `aliases` (earlier aliases win). */
export function findKey(object: Fields, aliases: readonly string[]): string | undefined {
  const byName = new Map<string, string>();
  for (const key of Object.keys(object)) {
    const name = normaliseKey(key);
    if (!byName.has(name)) byName.set(name, key);
  }
  for (const alias of aliases) {
    const key = byName.get(alias);
    if (key !== undefined) return key;
  }
  return undefined;
}

/** `cuts_per_minute` / `cutsPerMinute` → "Cuts per minute". */
export function humaniseKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : key;
}

/** Enum-like values (`close_up`, `link_in_bio`) read as words; any other text stays as it is. */
export function humaniseToken(value: string): string {
  return /^[a-z0-9]+(?:_[a-z0-9]+)+$/.test(value) ? value.replace(/_/g, ' ') : value;
}
