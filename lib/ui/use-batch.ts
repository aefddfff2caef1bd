/**
 * The batch window's question (entrypoints/batch): what the background planned for the token in
 * the window's address, and the person's decision. Extension page only: the page never sees this.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SerializedSumeError } from '../api/errors';
import type { BatchChoice } from '../captures/batch-plan';
import { sendMessage, type BatchView } from '../messaging';
import { noBackgroundAnswer } from './no-answer';

export type BatchStep =
  | { kind: 'loading' }
  | { kind: 'gone' }
  | { kind: 'ready'; view: BatchView }
  | { kind: 'deciding'; view: BatchView }
  | { kind: 'decided'; sent: number; saved: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; view: BatchView | null; error: SerializedSumeError };

export function useBatch(token: string | null) {
  const [step, setStep] = useState<BatchStep>({ kind: 'loading' });

  useEffect(() => {
    if (!token) return setStep({ kind: 'gone' });
    sendMessage('openBatch', { token })
      .then((view) => setStep(view ? { kind: 'ready', view } : { kind: 'gone' }))
      .catch(() => setStep({ kind: 'failed', view: null, error: noBackgroundAnswer().error }));
  }, [token]);

  async function decide(choice: BatchChoice, includeAnalyzed: boolean): Promise<void> {
    if (!token || step.kind !== 'ready') return;
    const { view } = step;
    setStep({ kind: 'deciding', view });
    try {
      const answer = await sendMessage('decideBatch', { token, choice, includeAnalyzed });
      if (!answer.ok) return setStep({ kind: 'failed', view, error: answer.error });
      setStep(choice === 'cancel' ? { kind: 'cancelled' } : { kind: 'decided', sent: answer.sent, saved: answer.saved });
    } catch {
      setStep({ kind: 'failed', view, error: noBackgroundAnswer().error });
    }
  }

  return { step, decide };
}
