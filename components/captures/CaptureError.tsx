import { RequestId } from '@/components/RequestId';
import type { CaptureFailure } from './capture-list-model';

/**
 * A compact ErrorNotice for list rows: no `role="alert"` (a list of old failures must not all
 * be announced at once; phase changes are announced by StatusAnnouncer).
 */
export function CaptureError({ failure }: { failure: CaptureFailure }) {
  return (
    <div class="sc-notice sc-notice--error cap-error" data-testid="capture-error" data-error-code={failure.code}>
      <p class="sc-notice__title">{failure.title}</p>
      <p class="sc-notice__body">{failure.message}</p>
      {failure.requestId && <RequestId id={failure.requestId} />}
    </div>
  );
}
