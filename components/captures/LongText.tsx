import { useState } from 'preact/hooks';

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
            Show all ({text.length.toLocaleString()} characters)
          </button>
        </>
      )}
    </p>
  );
}
