import { t, tn } from '@/lib/i18n/t';

export type CapturesView = 'captures' | 'uploads';

interface Props {
  view: CapturesView;
  onView: (view: CapturesView) => void;
  /** Uploads still moving, shown on the Uploads tab. */
  activeUploads: number;
}

const TABS: CapturesView[] = ['captures', 'uploads'];
const tabLabel = (view: CapturesView) => (view === 'captures' ? t('uploads_tabCaptures') : t('uploads_tabUploads'));

export const tabId = (view: CapturesView) => `tab-${view}`;
export const panelId = (view: CapturesView) => `panel-${view}`;

/** WAI-ARIA tabs: one tab stop, arrows (and Home/End) move between tabs and show them. */
export function CapturesTabs({ view, onView, activeUploads }: Props) {
  const move = (event: KeyboardEvent) => {
    const index = TABS.indexOf(view);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : -1;
    const target = TABS[next];
    if (!target) return;
    event.preventDefault();
    onView(target);
    document.getElementById(tabId(target))?.focus();
  };
  return (
    <div class="cap-tabs" role="tablist" aria-label={t('uploads_tabsLabel')} onKeyDown={move}>
      {TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={tabId(tab)}
          class="cap-tab"
          aria-selected={tab === view}
          aria-controls={panelId(tab)}
          tabIndex={tab === view ? 0 : -1}
          onClick={() => onView(tab)}
        >
          {tabLabel(tab)}
          {tab === 'uploads' && activeUploads > 0 && (
            <>
              <span class="cap-tab__count" aria-hidden="true">
                {activeUploads}
              </span>
              <span class="sc-visually-hidden"> {tn('uploads_tabInProgress', activeUploads)}</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
