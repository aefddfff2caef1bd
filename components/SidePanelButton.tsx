import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openSidePanel } from '@/lib/browser/side-panel';
import { reportError } from '@/lib/diagnostics/report';
import { t } from '@/lib/i18n/t';

/**
 * Opens the side panel beside this window's tabs. The browser opens it only within the click's own
 * task, so the window is looked up beforehand; `afterOpen` runs once it is open (the popup closes).
 */
export function SidePanelButton({
  class: className = 'sc-icon-button',
  labelled = false,
  afterOpen,
}: {
  class?: string;
  labelled?: boolean;
  afterOpen?: () => void;
}) {
  const windowId = useRef<number | undefined>(undefined);
  useEffect(() => {
    void browser.windows.getCurrent().then((current) => {
      windowId.current = current.id;
    });
  }, []);
  const open = () => {
    if (windowId.current === undefined) return;
    openSidePanel(windowId.current).then(afterOpen, (error: unknown) => void reportError('worker', 'Opening the side panel', error));
  };
  return (
    <button
      type="button"
      class={className}
      onClick={open}
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
