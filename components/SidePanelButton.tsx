import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openSidePanel } from '@/lib/browser/side-panel';
import { reportError } from '@/lib/diagnostics/report';
import { t } from '@/lib/i18n/t';
import { panelIntentItem, type PanelIntent } from '@/lib/storage/panel-intent';

/**
 * Opening the side panel beside this window's tabs, from a click or a key. The browser opens it
 * only within that input's own task, so the window is looked up beforehand and the panel asked for
 * first; what it should then do (`intent`) is left for it in storage. `afterOpen` runs once it is
 * open (the popup closes).
 */
export function useSidePanelOpener(afterOpen?: () => void): (intent?: Omit<PanelIntent, 'at'>) => void {
  const windowId = useRef<number | undefined>(undefined);
  useEffect(() => {
    void browser.windows.getCurrent().then((current) => {
      windowId.current = current.id;
    });
  }, []);
  return (intent) => {
    if (windowId.current === undefined) return;
    const opening = openSidePanel(windowId.current);
    const left = intent ? panelIntentItem.setValue({ ...intent, at: Date.now() }) : undefined;
    Promise.all([opening, left]).then(afterOpen, (error: unknown) => void reportError('worker', 'Opening the side panel', error));
  };
}

/** The side panel's button (popup and captures page headers). */
export function SidePanelButton({
  class: className = 'sc-icon-button',
  labelled = false,
  afterOpen,
}: {
  class?: string;
  labelled?: boolean;
  afterOpen?: () => void;
}) {
  const open = useSidePanelOpener(afterOpen);
  return (
    <button
      type="button"
      class={className}
      onClick={() => open()}
      aria-label={labelled ? undefined : t('panel_openTitle')}
      title={t('panel_openTitle')}
      data-testid="open-side-panel"
    >
      <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" aria-hidden="true">
        <rect x="3" y="4" width="18" height="16" rx="2" />
        <path d="M15 4v16" />
      </svg>
      {labelled && <span>{t('panel_open')}</span>}
    </button>
  );
}

/**
 * The popup's Asset Library search, in its header (the fullest popup leaves no room for a row):
 * Enter opens the side panel with the words searched there, where the results have room.
 */
export function PopupSearch({ afterOpen }: { afterOpen?: () => void }) {
  const open = useSidePanelOpener(afterOpen);
  return (
    <form
      class="popup-search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        const query = new FormData(event.currentTarget).get('q')?.toString().trim() ?? '';
        open({ focus: 'search', ...(query ? { query } : {}) });
      }}
    >
      <label class="sc-visually-hidden" for="popup-search-input">
        {t('panel_searchLabel')}
      </label>
      <input
        id="popup-search-input"
        name="q"
        type="search"
        maxLength={200}
        placeholder={t('panel_searchTitle')}
        autocomplete="off"
        title={t('panel_searchLabel')}
      />
    </form>
  );
}
