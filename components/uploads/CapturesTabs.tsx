export type CapturesView = 'captures' | 'uploads';

interface Props {
  view: CapturesView;
  onView: (view: CapturesView) => void;
  /** Uploads still moving, shown on the Uploads tab. */
  activeUploads: number;
}

const TABS: { view: CapturesView; label: string }[] = [
  { view: 'captures', label: 'Captures' },
  { view: 'uploads', label: 'Uploads' },
];

export const tabId = (view: CapturesView) => `tab-${view}`;
export const panelId = (view: CapturesView) => `panel-${view}`;

/** WAI-ARIA tabs: one tab stop, arrows (and Home/End) move between tabs and show them. */
export function CapturesTabs({ view, onView, activeUploads }: Props) {
  const move = (event: KeyboardEvent) => {
    const index = TABS.findIndex((tab) => tab.view === view);
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
    onView(target.view);
    document.getElementById(tabId(target.view))?.focus();
  };
  return (
    <div class="cap-tabs" role="tablist" aria-label="Captures and uploads" onKeyDown={move}>
      {TABS.map((tab) => (
        <button
          key={tab.view}
          type="button"
          role="tab"
          id={tabId(tab.view)}
          class="cap-tab"
          aria-selected={tab.view === view}
          aria-controls={panelId(tab.view)}
          tabIndex={tab.view === view ? 0 : -1}
          onClick={() => onView(tab.view)}
        >
          {tab.label}
          {tab.view === 'uploads' && activeUploads > 0 && (
            <>
              <span class="cap-tab__count" aria-hidden="true">
                {activeUploads}
              </span>
              <span class="sc-visually-hidden"> ({activeUploads} in progress)</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
