import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openSidePanel } from '@/lib/browser/side-panel';
import { reportError } from '@/lib/diagnostics/report';
import { t } from '@/lib/i18n/t';
import { panelIntentItem } from '@/lib/storage/panel-intent';

interface Props {
  class?: string;
  /** Shows its name beside the icon (the captures page's header). */
  labelled?: boolean;
  /** The popup's search button: the panel opens with its Asset Library search field focused. */
  search?: boolean;
  afterOpen?: () => void;
}

/**
 * Opens the side panel beside this window's tabs. The browser opens it only within the click's own
 * task, so the window is looked up beforehand, and the panel is asked for first; `afterOpen` runs
 * once it is open (the popup closes).
 */
export function SidePanelButton({ class: className = 'sc-icon-button', labelled = false, search = false, afterOpen }: Props) {
  const windowId = useRef<number | undefined>(undefined);
  useEffect(() => {
    void browser.windows.getCurrent().then((current) => {
      windowId.current = current.id;
    });
  }, []);
  const open = () => {
    if (windowId.current === undefined) return;
    const opening = openSidePanel(windowId.current);
    const intent = search ? panelIntentItem.setValue({ focus: 'search', at: Date.now() }) : undefined;
    Promise.all([opening, intent]).then(afterOpen, (error: unknown) => void reportError('worker', 'Opening the side panel', error));
  };
  const label = search ? t('panel_searchLabel') : t('panel_openTitle');
  return (
    <button
      type="button"
      class={className}
      onClick={open}
      aria-label={labelled ? undefined : label}
      title={label}
      data-testid={search ? 'open-search' : 'open-side-panel'}
    >
      {search ? (
        <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
      ) : (
        <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" aria-hidden="true">
          <rect x="3" y="4" width="18" height="16" rx="2" />
          <path d="M15 4v16" />
        </svg>
      )}
      {labelled && <span>{t('panel_open')}</span>}
    </button>
  );
}
