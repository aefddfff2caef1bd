import { useState } from 'preact/hooks';
import { tn } from '../../lib/i18n/t';

const CUT = 1500;

/** Untrusted text, shown as text (line breaks kept), long text folded behind "Show all". */
export function LongText({ text, class: className = '' }: { text: string; class?: string }) {
  const [open, setOpen] = useState(false);
  const folded = !open && text.length > CUT;
  return (
    <p class={`cap-text ${className}`}>
      {folded ? `${text.slice(0, CUT)}…` : text}
      {folded && (
        <>
          {' '}
          <button type="button" class="cap-link-button" onClick={() => setOpen(true)}>
            {tn('captures_showAll', text.length)}
          </button>
        </>
      )}
    </p>
  );
}
