import type { CaptureRecord } from '@/lib/captures/capture-record';
import { CaptureRow, type CaptureActions } from './CaptureRow';
import { ShowMore, useLimit } from './ShowMore';

const STEP = 50;

interface Props extends CaptureActions {
  records: CaptureRecord[];
  selectedId: string | null;
  now: number;
}

export function CaptureList({ records, selectedId, now, ...actions }: Props) {
  const [limit, more] = useLimit(STEP);
  return (
    <>
      <ul class="cap-list" aria-label="Captures">
        {records.slice(0, limit).map((record) => (
          <CaptureRow key={record.id} record={record} now={now} selected={record.id === selectedId} {...actions} />
        ))}
      </ul>
      <ShowMore shown={Math.min(limit, records.length)} total={records.length} step={STEP} onMore={more} />
    </>
  );
}
