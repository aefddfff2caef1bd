import { formatRange } from '@/components/captures/timestamps';
import { t, tn, uiLocale } from '@/lib/i18n/t';
import type { AssetHit } from '@/lib/api/asset-hit';
import type { useAssetSearch } from '@/lib/ui/use-asset-search';
import { CopyTextButton } from './captures/CopyTextButton';
import { ExternalLink } from './captures/ExternalLink';
import { ErrorNotice } from './ErrorNotice';

const percent = (score: number) => new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(score);

function Hit({ hit }: { hit: AssetHit }) {
  const when = hit.start !== undefined ? formatRange(hit.start, hit.end) : t('panel_searchWholeAsset');
  return (
    <li class="asset-hit" data-testid="search-hit" data-asset-id={hit.id}>
      {hit.thumbnailUrl ? (
        <img class="asset-hit__thumb" src={hit.thumbnailUrl} alt="" loading="lazy" referrerpolicy="no-referrer" />
      ) : (
        <span class="asset-hit__thumb asset-hit__thumb--none" aria-hidden="true" />
      )}
      <div class="asset-hit__text">
        <p class="asset-hit__title" data-user-content>
          {hit.title}
        </p>
        <p class="asset-hit__meta sc-muted">
          <span class="asset-hit__time">{when}</span>
          {hit.score !== null && <span> · {t('panel_searchScore', { score: percent(hit.score) })}</span>}
        </p>
        {hit.summary && (
          <p class="asset-hit__summary" data-user-content>
            {hit.summary}
          </p>
        )}
        {hit.appUrl && (
          <div class="asset-hit__actions">
            <ExternalLink class="sc-button" href={hit.appUrl}>
              {t('panel_openInSume')}
            </ExternalLink>
            <CopyTextButton text={() => hit.appUrl ?? ''} label={t('captureList_copyLink')} name={t('captureList_copyLinkName', { name: hit.title })} />
          </div>
        )}
      </div>
    </li>
  );
}

/** The search box over the Asset Library, its results with their scenes, and "More results". */
export function AssetSearch({ search }: { search: ReturnType<typeof useAssetSearch> }) {
  const { input, setInput, state, loadMore } = search;
  const status =
    state.status === 'searching'
      ? t('panel_searching')
      : state.status === 'done'
        ? state.hits.length === 0
          ? t('panel_searchEmpty', { query: state.query })
          : tn('panel_searchResults', state.hits.length, { query: state.query })
        : '';
  return (
    <section class="sc-card asset-search" aria-labelledby="asset-search-title" data-testid="asset-search">
      <h2 id="asset-search-title" class="panel__heading">
        {t('panel_searchTitle')}
      </h2>
      <label class="sc-visually-hidden" for="asset-search-input">
        {t('panel_searchLabel')}
      </label>
      <input
        id="asset-search-input"
        class="field__input"
        type="search"
        value={input}
        placeholder={t('panel_searchPlaceholder')}
        autocomplete="off"
        onInput={(event) => setInput((event.target as HTMLInputElement).value)}
      />
      <p class="sc-muted asset-search__status" aria-live="polite" data-testid="search-status" aria-busy={state.status === 'searching'}>
        {state.status === 'searching' && <span class="sc-spinner" aria-hidden="true" />} {status}
      </p>
      {state.status === 'error' && <ErrorNotice error={state.error} />}
      {state.status === 'done' && state.hits.length > 0 && (
        <ul class="asset-search__hits" data-testid="search-results">
          {state.hits.map((hit) => (
            <Hit key={hit.id} hit={hit} />
          ))}
        </ul>
      )}
      {state.status === 'done' && state.more !== undefined && state.more !== 'loading' && <ErrorNotice error={state.more} />}
      {state.status === 'done' && state.nextCursor && (
        <button type="button" class="sc-button" onClick={() => void loadMore()} disabled={state.more === 'loading'} aria-busy={state.more === 'loading'}>
          {state.more === 'loading' && <span class="sc-spinner" aria-hidden="true" />} {t('panel_searchMore')}
        </button>
      )}
    </section>
  );
}
