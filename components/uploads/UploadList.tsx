import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import type { UploadProgress } from '@/lib/ui/use-uploads';
import type { UploadRecord } from '@/lib/uploads/upload-record';
import { UploadRow, type UploadActions } from './UploadRow';

interface Props extends UploadActions {
  records: UploadRecord[];
  progress: ReadonlyMap<string, UploadProgress>;
  now: number;
  /** Uploads waiting their turn (queuedUploads, from the whole list: the rows may be only some of it). */
  queued?: ReadonlySet<string>;
  compact?: boolean;
  label?: string;
}

/**
 * Rows are not live regions (progress changes several times a second); instead an upload that
 * finishes or fails is announced once.
 */
function useAnnouncement(records: UploadRecord[]): string {
  const seen = useRef<Map<string, UploadRecord['status']> | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const before = seen.current;
    seen.current = new Map(records.map((record) => [record.id, record.status]));
    if (!before) return;
    const news = records.flatMap((record) => {
      const was = before.get(record.id);
      if (was === undefined || was === record.status) return [];
      if (record.status === 'done') return [t('uploads_announceDone', { name: record.filename })];
      if (record.status === 'failed') return [t('uploads_announceFailed', { name: record.filename })];
      return [];
    });
    if (news.length > 0) setMessage(news.join(' '));
  }, [records]);
  return message;
}

export function UploadList({ records, progress, now, queued, compact = false, label = t('uploads_listLabel'), ...actions }: Props) {
  const announcement = useAnnouncement(records);
  return (
    <>
      <ul class={`upl-list${compact ? ' upl-list--compact' : ''}`} aria-label={label}>
        {records.map((record) => (
          <UploadRow
            key={record.id}
            record={record}
            progress={progress.get(record.id)}
            now={now}
            queued={queued?.has(record.id) ?? false}
            compact={compact}
            {...actions}
          />
        ))}
      </ul>
      <p class="sc-visually-hidden" aria-live="polite" data-testid="upload-announcer">
        {announcement}
      </p>
    </>
  );
}
