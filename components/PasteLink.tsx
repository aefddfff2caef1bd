import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import { parseReferenceUrl } from '@/lib/platforms';

interface Props {
  onSubmit: (url: string) => void;
  disabled?: boolean;
  /** A link that is not a reel: the card's earlier outcome gives way to the reason. */
  onInvalid?: () => void;
}

/** A field for any reel link: checked as you submit, with the reason when it is not one. */
export function PasteLink({ onSubmit, disabled, onInvalid }: Props) {
  const [value, setValue] = useState('');
  const [reason, setReason] = useState<string | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = parseReferenceUrl(value);
    if (!parsed.ok) {
      onInvalid?.();
      return setReason(parsed.reason);
    }
    setReason(null);
    onSubmit(parsed.canonicalUrl);
  };
  return (
    <form class="paste" onSubmit={submit} noValidate>
      <label class="sc-visually-hidden" for="paste-url">
        {t('popup_linkLabel')}
      </label>
      <input
        id="paste-url"
        name="url"
        type="url"
        placeholder={t('popup_linkPlaceholder')}
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
        aria-invalid={reason ? 'true' : 'false'}
        aria-describedby={reason ? 'paste-error' : undefined}
        autoComplete="off"
      />
      <button type="submit" class="sc-button" disabled={disabled || value.trim() === ''}>
        {t('popup_analyze')}
      </button>
      {reason && (
        <p id="paste-error" class="paste__error" role="alert">
          {reason}
        </p>
      )}
    </form>
  );
}
