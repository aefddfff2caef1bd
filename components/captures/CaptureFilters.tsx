import { SORT_ORDERS, type SortOrder, STATUS_FILTERS, type StatusFilter } from './capture-list-model';

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
        <span class="sc-visually-hidden">Search captures</span>
        <input
          type="search"
          value={query}
          placeholder="Search by link, video or summary"
          onInput={(event) => onQuery(event.currentTarget.value)}
          aria-describedby="capture-count"
        />
      </label>
      <fieldset class="cap-segments">
        <legend class="sc-visually-hidden">Status</legend>
        {STATUS_FILTERS.map(({ value, label }) => (
          <label key={value} class="cap-segment">
            <input type="radio" name="capture-status" value={value} checked={status === value} onChange={() => onStatus(value)} />
            <span>
              {label} <span class="cap-segment__count">{counts[value]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="cap-arrange">
        <label class="cap-sort">
          <span>Sort</span>
          <select value={sort} onChange={(event) => onSort(event.currentTarget.value as SortOrder)}>
            {SORT_ORDERS.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="cap-segments cap-layout">
          <legend class="sc-visually-hidden">Layout</legend>
          {(['list', 'grid'] as const).map((value) => (
            <label key={value} class="cap-segment">
              <input type="radio" name="capture-layout" value={value} checked={layout === value} onChange={() => onLayout(value)} />
              <span>{value === 'list' ? 'List' : 'Grid'}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <p id="capture-count" class="cap-count sc-muted" role="status">
        {shown === total ? `${total} ${total === 1 ? 'capture' : 'captures'}` : `Showing ${shown} of ${total} captures`}
      </p>
    </div>
  );
}
