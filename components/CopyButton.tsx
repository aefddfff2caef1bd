import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';

interface Props {
  text: string;
  label: string;
  onCopy?: (text: string) => Promise<void>;
}

/** Copies `text`, then says so for a moment (announced to screen readers). */
export function CopyButton({ text, label, onCopy = (value) => navigator.clipboard.writeText(value) }: Props) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await onCopy(text);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied('idle'), 1500);
  };
  return (
    <button type="button" class="sc-button sc-button--ghost" style={{ minHeight: 24, padding: '0 8px', fontSize: 12 }} onClick={copy} aria-label={label}>
      <span aria-live="polite">{copied === 'done' ? t('popup_copied') : copied === 'failed' ? t('popup_copyFailed') : t('popup_copy')}</span>
    </button>
  );
}
