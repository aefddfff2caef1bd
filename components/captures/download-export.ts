/** Export as a file the browser downloads: the analyses read from this device, then a Blob link. */
import type { CaptureRecord } from '@/lib/captures/capture-record';
import { capturePhase } from '@/lib/captures/capture-record';
import { fetchResult } from '@/lib/ui/use-captures';
import { type ExportFormat, exportCaptures } from './export-captures';

export async function downloadExport(records: CaptureRecord[], format: ExportFormat): Promise<void> {
  const items = [];
  for (const record of records) {
    const done = capturePhase(record) === 'done' && !record.resultNotKept;
    items.push({ record, result: done ? (await fetchResult(record.id))?.result : undefined });
  }
  const file = exportCaptures(items, format, { now: new Date() });
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = Object.assign(document.createElement('a'), { href: url, download: file.filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
