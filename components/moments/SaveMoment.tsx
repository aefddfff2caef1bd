import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import type { AddOutcome } from '@/lib/ui/use-uploads';
import { NOTE_MAX_CHARS } from '@/lib/uploads/moment-note';

interface Props {
  onSave: (note: string) => Promise<AddOutcome>;
  /** No video to take a moment of (the button says why in its title). */
  disabled?: boolean;
  /** The popup: one line, a field and the button. */
  compact?: boolean;
  autoFocus?: boolean;
  /** Escape in the field closes the form (the popup's, opened from its card). */
  onClose?: () => void;
}

type Said = { ok: true } | { ok: false; message: string };

/**
 * "Save moment" with an optional note, typed here in the extension's own page, never in the site's.
 * Enter saves from the popup's one-line field; in the panel's note, Ctrl/⌘+Enter does.
 */
export function SaveMoment({ onSave, disabled = false, compact = false, autoFocus = false, onClose }: Props) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<Said | null>(null);
  const id = compact ? 'moment-note-popup' : 'moment-note';
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // Opened on request (the popup's "Save a moment"): the field takes the focus, as the `autofocus` attribute does only at load.
  useEffect(() => {
    if (autoFocus) fieldRef.current?.focus();
  }, []);

  const save = async (event?: Event) => {
    event?.preventDefault();
    if (busy || disabled) return;
    setBusy(true);
    setSaid(null);
    try {
      const outcome = await onSave(note);
      const refused = outcome.error?.message ?? (outcome.started === 0 ? outcome.rejected[0]?.reason : undefined);
      if (refused !== undefined) setSaid({ ok: false, message: refused });
      else {
        setSaid({ ok: true });
        setNote('');
      }
    } catch (error) {
      setSaid({ ok: false, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const field = {
    id,
    value: note,
    maxLength: NOTE_MAX_CHARS,
    placeholder: t('moments_notePlaceholder'),
    ref: fieldRef,
    onInput: (event: Event) => setNote((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <form class={`mom-save${compact ? ' mom-save--compact' : ''}`} onSubmit={save} data-testid="save-moment">
      <label class={compact ? 'sc-visually-hidden' : 'mom-save__label'} for={id}>
        {t('moments_noteLabel')}
      </label>
      {compact ? (
        <input
          type="text"
          {...field}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && onClose) {
              event.preventDefault();
              onClose();
            }
          }}
        />
      ) : (
        <textarea
          rows={2}
          {...field}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save(event);
          }}
        />
      )}
      <button
        type="submit"
        class="sc-button mom-save__button"
        disabled={busy || disabled}
        aria-busy={busy ? 'true' : undefined}
        title={disabled ? t('uploads_mediaNeedsVideo') : undefined}
      >
        {busy && <span class="sc-spinner" aria-hidden="true" />}
        {busy ? t('moments_saving') : t('moments_save')}
      </button>
      <div class="mom-save__said" aria-live="polite">
        {said?.ok === true && (
          <p class="sc-muted" data-testid="moment-saved">
            {t('moments_saved')}
          </p>
        )}
        {said?.ok === false && (
          <p class="mom-save__error" role="alert" data-testid="moment-refused">
            {said.message}
          </p>
        )}
      </div>
    </form>
  );
}
