import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t, tn } from '@/lib/i18n/t';
import type { AddOutcome } from '@/lib/ui/use-uploads';
import type { UploadRecord } from '@/lib/uploads/upload-record';
import { UploadOutcome } from './UploadOutcome';

interface Props {
  onFiles: (files: File[]) => Promise<AddOutcome>;
  /**
   * Replaces the file picker. Firefox closes an extension popup as soon as a file picker opens
   * (https://bugzilla.mozilla.org/show_bug.cgi?id=1292701), so its popup sends people to a tab.
   */
  onChooseFiles?: () => void;
  /** Said under the button, e.g. why it opens a tab. */
  chooseHint?: string;
  compact?: boolean;
  /** Only the button (the popup's one-row Asset Library card): no drop region around it. */
  buttonOnly?: boolean;
  /** Takes what became of the files instead of showing it here (the card shows one outcome at a time). */
  onOutcome?: (outcome: AddOutcome | null) => void;
  /** The uploads as listed, so the "uploading…" notice ends when the files it names have settled. */
  records?: readonly UploadRecord[] | null;
  /** Content inside the drop region (the captures page drops onto its whole upload list). */
  children?: ComponentChildren;
}

type State = { kind: 'idle' } | { kind: 'saving'; count: number } | { kind: 'done'; outcome: AddOutcome };

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

function UploadIcon({ size = 16 }: { size?: number }) {
  return (
    <svg
      class="upl-drop__icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d="M12 15V4M7.5 8.5 12 4l4.5 4.5M5 14v4a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-4" />
    </svg>
  );
}

/**
 * "Choose files" (the keyboard way in) and a drop region that shows when files are dragged over
 * it. The hidden input is reached only through the button.
 */
export function UploadDropZone({ onFiles, onChooseFiles, chooseHint, compact = false, buttonOnly = false, onOutcome, records, children }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const depth = useRef(0);
  const [dragging, setDragging] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const hintId = useId();

  // A file dropped beside the region would make the browser open it in place of this page.
  useEffect(() => {
    const refuse = (event: DragEvent) => {
      if (event.defaultPrevented || !carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    addEventListener('dragover', refuse);
    addEventListener('drop', refuse);
    return () => {
      removeEventListener('dragover', refuse);
      removeEventListener('drop', refuse);
    };
  }, []);

  const take = async (list: FileList | null | undefined) => {
    const files = list ? Array.from(list) : [];
    if (files.length === 0) return;
    setState({ kind: 'saving', count: files.length });
    onOutcome?.(null);
    let outcome: AddOutcome;
    try {
      outcome = await onFiles(files);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcome = { started: 0, rejected: [], error: { kind: 'network', code: 'extension_error', message } };
    }
    setState({ kind: 'done', outcome });
    onOutcome?.(outcome);
  };

  const onDragEnter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth.current++;
    setDragging(true);
  };
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  // Enter and leave fire for every child crossed: only the last leave ends the drag.
  const onDragLeave = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth.current = 0;
    setDragging(false);
    void take(event.dataTransfer?.files);
  };

  const saving = state.kind === 'saving';
  const chooser = (
    <>
      <button
        type="button"
        class="sc-button"
        disabled={saving}
        aria-describedby={chooseHint ? hintId : undefined}
        aria-busy={saving ? 'true' : undefined}
        aria-label={buttonOnly ? t('uploads_chooseFiles') : undefined}
        title={buttonOnly ? chooseHint : undefined}
        onClick={() => (onChooseFiles ? onChooseFiles() : input.current?.click())}
      >
        {buttonOnly ? (
          <>
            {saving ? <span class="sc-spinner" aria-hidden="true" /> : <UploadIcon />}
            {t('uploads_files')}
          </>
        ) : (
          t('uploads_chooseFiles')
        )}
      </button>
      {chooseHint && (
        <p class={`upl-drop__hint sc-muted${buttonOnly ? ' sc-visually-hidden' : ''}`} id={hintId}>
          {chooseHint}
        </p>
      )}
      {!onChooseFiles && (
        <input
          ref={input}
          type="file"
          multiple
          accept="image/*,video/*"
          class="sc-visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="upload-input"
          onChange={(event) => {
            void take(event.currentTarget.files);
            // The same file chosen again must fire `change` again.
            event.currentTarget.value = '';
          }}
        />
      )}
    </>
  );
  const saved = (
    <div aria-live="polite">
      {saving && (
        <p class="upl-drop__saving">
          <span class="sc-spinner" aria-hidden="true" /> {tn('uploads_saving', state.count)}
        </p>
      )}
      {state.kind === 'done' && !onOutcome && (
        <UploadOutcome outcome={state.outcome} records={records} started={(count) => tn('uploads_filesStarted', count)} />
      )}
    </div>
  );
  if (buttonOnly) return chooser;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop zone takes drag events; its file picker button is the keyboard way in.
    <div
      class={`upl-drop${dragging ? ' upl-drop--active' : ''}${compact ? ' upl-drop--compact' : ''}`}
      data-testid="upload-drop-zone"
      data-dragging={dragging ? 'true' : undefined}
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <div class="upl-drop__target">
        <UploadIcon size={22} />
        <p class="upl-drop__text">{compact ? t('uploads_dropHere') : t('uploads_dragAnywhere')}</p>
        {chooser}
      </div>
      {saved}
      {children}
      {dragging && (
        <div class="upl-drop__overlay" aria-hidden="true">
          <p>{t('uploads_dropToAdd')}</p>
        </div>
      )}
    </div>
  );
}
