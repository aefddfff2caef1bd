import { t } from '@/lib/i18n/t';

/** "Select videos": select mode on the grid in the tab beside (popup header: an icon; side panel: labelled). */
export function SelectVideosButton({
  onClick,
  labelled = false,
  class: className = 'sc-icon-button',
}: {
  onClick(): void;
  labelled?: boolean;
  class?: string;
}) {
  return (
    <button
      type="button"
      class={className}
      onClick={onClick}
      aria-label={labelled ? undefined : t('batch_selectVideos')}
      title={t('batch_selectVideosTitle')}
      data-testid="select-videos"
    >
      <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" aria-hidden="true">
        <rect x="3" y="3" width="8" height="8" rx="1.5" />
        <rect x="13" y="3" width="8" height="8" rx="1.5" />
        <rect x="3" y="13" width="8" height="8" rx="1.5" />
        <path d="m14 17 2 2 4-4" />
      </svg>
      {labelled && <span>{t('batch_selectVideos')}</span>}
    </button>
  );
}
