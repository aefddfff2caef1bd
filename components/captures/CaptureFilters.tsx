import { formatNumber, t, tn } from '../../lib/i18n/t';
import { type SortOrder, type StatusFilter, sortOrders, statusFilters } from './capture-list-model';

interface Props {
  query: string;
  onQuery: (query: string) => void;
  status: StatusFilter;
  onStatus: (status: StatusFilter) => void;
  counts: Record<StatusFilter, number>;
  /** How many captures there are before any filter. */
  total: number;
  shown: number;
  sort: SortOrder;
  onSort: (sort: SortOrder) => void;
  layout: 'list' | 'grid';
  onLayout: (layout: 'list' | 'grid') => void;
}

/** Search and a status radio group (arrow keys move between statuses, as in any radio group). */
export function CaptureFilters({ query, onQuery, status, onStatus, counts, total, shown, sort, onSort, layout, onLayout }: Props) {
  return (
    <div class="cap-filters" role="search">
      <label class="cap-search">
        <span class="sc-visually-hidden">{t('captureList_searchLabel')}</span>
        <input
          type="search"
          value={query}
          placeholder={t('captureList_searchPlaceholder')}
          onInput={(event) => onQuery(event.currentTarget.value)}
          aria-describedby="capture-count"
        />
      </label>
      <fieldset class="cap-segments">
        <legend class="sc-visually-hidden">{t('captureList_statusLegend')}</legend>
        {statusFilters().map(({ value, label }) => (
          <label key={value} class="cap-segment">
            <input type="radio" name="capture-status" value={value} checked={status === value} onChange={() => onStatus(value)} />
            <span>
              {label} <span class="cap-segment__count">{formatNumber(counts[value])}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="cap-arrange">
        <label class="cap-sort">
          <span>{t('captureList_sort')}</span>
          <select value={sort} onChange={(event) => onSort(event.currentTarget.value as SortOrder)}>
            {sortOrders().map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="cap-segments cap-layout">
          <legend class="sc-visually-hidden">{t('captureList_layout')}</legend>
          {(['list', 'grid'] as const).map((value) => (
            <label key={value} class="cap-segment">
              <input type="radio" name="capture-layout" value={value} checked={layout === value} onChange={() => onLayout(value)} />
              <span>{value === 'list' ? t('captureList_layoutList') : t('captureList_layoutGrid')}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <p id="capture-count" class="cap-count sc-muted" role="status">
        {shown === total ? tn('captureList_captureCount', total) : tn('captureList_showingCount', total, { shown })}
      </p>
    </div>
  );
}
