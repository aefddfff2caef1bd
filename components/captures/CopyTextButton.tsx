import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/t';

interface Props {
  /** The text, or a function that makes it on click (a whole result is not worth building early). */
  text: string | (() => string);
  label: string;
  /** The accessible name when the label alone would repeat ("Copy link: @a: caption"). */
  name?: string;
  onCopy?: (text: string) => Promise<void>;
}

/** Like CopyButton, with its action in words ("Copy link"), for a row of actions. */
export function CopyTextButton({ text, label, name, onCopy = (copied) => navigator.clipboard.writeText(copied) }: Props) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    try {
      await onCopy(typeof text === 'function' ? text() : text);
      setState('done');
    } catch {
      setState('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 1500);
  };
  return (
    <button type="button" class="sc-button" onClick={copy} aria-label={state === 'idle' ? name : undefined}>
      <span aria-live="polite">{state === 'done' ? t('captures_copied') : state === 'failed' ? t('captures_copyFailed') : label}</span>
    </button>
  );
}
