import { useEffect, useRef, useState } from 'preact/hooks';
import { capturePhase, type CapturePhase, type CaptureRecord } from '@/lib/captures/capture-record';
import { t } from '../../lib/i18n/t';
import { phaseChanges } from './capture-list-model';

/** Tells screen readers when a capture moves on (queued → analyzing → done), not on first load. */
export function StatusAnnouncer({ records }: { records: CaptureRecord[] | null }) {
  const previous = useRef<Map<string, CapturePhase> | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!records) return;
    if (previous.current) {
      const changes = phaseChanges(previous.current, records);
      if (changes.length > 0) setMessage(changes.map((change) => t('captures_announcement', { change })).join(' '));
    }
    previous.current = new Map(records.map((record) => [record.id, capturePhase(record)]));
  }, [records]);
  return (
    <div class="sc-visually-hidden" role="status" aria-live="polite" data-testid="status-announcer">
      {message}
    </div>
  );
}
