import { t } from '../../lib/i18n/t';
import type { TimedItem } from './format-result';
import { GenericValue } from './GenericValue';
import { LongText } from './LongText';
import { ShowMore, useLimit } from './ShowMore';
import { formatRange } from './timestamps';

const STEP = 25;

/** One timed entry: `0:00–0:03`, its text, its labels, and anything else it held. */
export function TimedEntry({ item }: { item: TimedItem }) {
  const range = formatRange(item.start, item.end);
  return (
    <>
      <span class="cap-time">{range}</span>
      <div class="cap-timed__body">
        <LongText text={item.text} />
        {item.tags.length > 0 && (
          <ul class="cap-tags" aria-label={t('captures_labels')}>
            {item.tags.map((tag, i) => (
              <li key={i}>{tag}</li>
            ))}
          </ul>
        )}
        {Object.keys(item.extra).length > 0 && <GenericValue value={item.extra} depth={2} />}
      </div>
    </>
  );
}

/** Scenes, transcript lines, on-screen text: a timeline, long ones folded. */
export function TimedList({ items, label }: { items: TimedItem[]; label: string }) {
  const [limit, more] = useLimit(STEP);
  return (
    <>
      <ol class="cap-timeline" aria-label={label}>
        {items.slice(0, limit).map((item, i) => (
          <li key={i} class="cap-timed">
            <TimedEntry item={item} />
          </li>
        ))}
      </ol>
      <ShowMore shown={Math.min(limit, items.length)} total={items.length} step={STEP} onMore={more} />
    </>
  );
}
