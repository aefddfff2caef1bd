import { useState } from 'preact/hooks';
import { tn } from '../../lib/i18n/t';

/** How many entries of a long list to show; grows by `step` on "Show more". */
export function useLimit(step: number): [number, () => void] {
  const [limit, setLimit] = useState(step);
  return [limit, () => setLimit((current) => current + step)];
}

interface Props {
  shown: number;
  total: number;
  step: number;
  onMore: () => void;
}

/** Renders nothing when everything is shown already. */
export function ShowMore({ shown, total, step, onMore }: Props) {
  if (shown >= total) return null;
  const hidden = total - shown;
  return (
    <button type="button" class="sc-button sc-button--ghost cap-more" onClick={onMore}>
      {tn('captureList_showMore', Math.min(step, hidden))} <span class="sc-muted">{tn('captureList_hiddenCount', hidden)}</span>
    </button>
  );
}
