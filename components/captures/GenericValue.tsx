/**
 * Any JSON value, for people: objects as definition lists, arrays as lists, everything else as
 * text. Nothing is ever parsed as HTML; strings become links only for http(s) URLs (media URLs
 * included: nothing from a result is loaded). Deep and long values are capped.
 */
import { t, tn, uiLocale } from '../../lib/i18n/t';
import { humaniseKey, isObject, type Fields } from './result-keys';
import { ExternalLink } from './ExternalLink';
import { LongText } from './LongText';
import { safeHttpUrl } from '@/lib/ui/safe-url';
import { ShowMore, useLimit } from './ShowMore';

const STEP = 20;
/** Deeper values are summarised, so a hostile payload cannot build an endless page. */
const MAX_DEPTH = 6;

function Primitive({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span class="sc-muted">{t('captures_none')}</span>;
  if (typeof value === 'boolean') return <span>{value ? t('captures_yes') : t('captures_no')}</span>;
  if (typeof value === 'number') return <span>{value.toLocaleString(uiLocale())}</span>;
  const text = String(value);
  if (safeHttpUrl(text)) return <ExternalLink class="cap-url" href={text} />;
  return <LongText text={text} class="cap-text--inline" />;
}

function GenericList({ items, depth }: { items: unknown[]; depth: number }) {
  const [limit, more] = useLimit(STEP);
  if (items.length === 0) return <span class="sc-muted">{t('captures_empty')}</span>;
  return (
    <>
      <ul class="cap-generic-list">
        {items.slice(0, limit).map((item, i) => (
          <li key={i}>
            <GenericValue value={item} depth={depth + 1} />
          </li>
        ))}
      </ul>
      <ShowMore shown={Math.min(limit, items.length)} total={items.length} step={STEP} onMore={more} />
    </>
  );
}

function GenericObject({ fields, depth }: { fields: Fields; depth: number }) {
  const [limit, more] = useLimit(STEP);
  const entries = Object.entries(fields);
  if (entries.length === 0) return <span class="sc-muted">{t('captures_empty')}</span>;
  return (
    <>
      <dl class="cap-generic-fields">
        {entries.slice(0, limit).map(([key, item]) => (
          <div key={key} class="cap-generic-field">
            <dt>{humaniseKey(key)}</dt>
            <dd>
              <GenericValue value={item} depth={depth + 1} />
            </dd>
          </div>
        ))}
      </dl>
      <ShowMore shown={Math.min(limit, entries.length)} total={entries.length} step={STEP} onMore={more} />
    </>
  );
}

export function GenericValue({ value, depth = 0 }: { value: unknown; depth?: number }) {
  const nested = Array.isArray(value) || isObject(value);
  if (!nested) return <Primitive value={value} />;
  if (depth >= MAX_DEPTH) {
    const summary = Array.isArray(value) ? tn('captures_nestedItems', value.length) : tn('captures_nestedFields', Object.keys(value).length);
    return <span class="sc-muted">{summary}</span>;
  }
  return Array.isArray(value) ? <GenericList items={value} depth={depth} /> : <GenericObject fields={value} depth={depth} />;
}
