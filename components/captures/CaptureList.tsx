import type { CaptureRecord } from '@/lib/captures/capture-record';
import { t } from '../../lib/i18n/t';
import { CaptureRow, type CaptureActions } from './CaptureRow';
import { ShowMore, useLimit } from './ShowMore';

const STEP = 50;

interface Props extends CaptureActions {
  records: CaptureRecord[];
  selectedId: string | null;
  now: number;
  layout: 'list' | 'grid';
  checked: ReadonlySet<string>;
  onCheck: (captureId: string, checked: boolean, range: boolean) => void;
}

const TITLE = '.cap-row__title';

/** Up and Down (Home, End) move between captures, as in a list box; Tab still walks each row's actions. */
function moveFocus(event: KeyboardEvent): void {
  const from = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.cap-row') : null;
  if (!from || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
  if (event.target instanceof HTMLInputElement && event.target.type !== 'checkbox') return;
  const titles = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>(TITLE)];
  const here = titles.indexOf(from.querySelector<HTMLElement>(TITLE) as HTMLElement);
  const next = { ArrowDown: here + 1, ArrowUp: here - 1, Home: 0, End: titles.length - 1 }[event.key as 'ArrowDown'] ?? here;
  const target = titles[Math.max(0, Math.min(titles.length - 1, next))];
  if (!target) return;
  event.preventDefault();
  target.focus();
}

export function CaptureList({ records, selectedId, now, layout, checked, onCheck, ...actions }: Props) {
  const [limit, more] = useLimit(STEP);
  return (
    <>
      <ul class={`cap-list cap-list--${layout}`} aria-label={t('captureList_listLabel')} onKeyDown={moveFocus}>
        {records.slice(0, limit).map((record) => (
          <CaptureRow
            key={record.id}
            record={record}
            now={now}
            selected={record.id === selectedId}
            checked={checked.has(record.id)}
            onCheck={onCheck}
            {...actions}
          />
        ))}
      </ul>
      <ShowMore shown={Math.min(limit, records.length)} total={records.length} step={STEP} onMore={more} />
    </>
  );
}
