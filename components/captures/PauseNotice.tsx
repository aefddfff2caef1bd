import { TopUpLink } from '../TopUpLink';
import type { OutboxPause } from '@/lib/ui/use-captures';

const MESSAGES: Record<NonNullable<OutboxPause>, string> = {
  unauthorized: 'Your API key was not accepted. Check it in Settings.',
  forbidden: 'This API key is not allowed to start analyses. Use another key in Settings.',
  insufficient_credits: 'Your Sume workspace is out of credits. Captures go by themselves once your balance covers them.',
};

/** Why queued captures are not moving, and the way out. */
export function PauseNotice({ reason, onOpenSettings }: { reason: NonNullable<OutboxPause>; onOpenSettings: () => void }) {
  return (
    <div class="sc-notice sc-notice--warn cap-pause" data-testid="pause-notice">
      <p class="sc-notice__title">Sending is paused</p>
      <p class="sc-notice__body">{MESSAGES[reason]} Queued captures wait until then; nothing is lost.</p>
      {reason === 'insufficient_credits' ? (
        <p class="sc-notice__body" style={{ marginTop: 6 }}>
          <TopUpLink />
        </p>
      ) : (
        <button type="button" class="sc-button" style={{ marginTop: 10 }} onClick={onOpenSettings}>
          Open settings
        </button>
      )}
    </div>
  );
}
