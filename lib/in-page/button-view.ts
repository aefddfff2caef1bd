/**
 * The in-page button's DOM, inside its closed shadow root: a translucent dark chip like the sites'
 * own video controls (in both colour schemes), the Sume mark in every state, a verb as its label,
 * and one width for every state (the labels share one grid cell), so neither its looks nor its box
 * tell the page what the user captured. Plain DOM rather than Preact: this ships in every
 * TikTok/Instagram tab (content-script budget) and needs no diffing.
 */
import type { MessageName } from '../i18n/keys';
import { t } from '../i18n/t';
import type { CaptureState, CaptureStatus } from './capture-state';

type Look = 'ready' | 'sending' | 'queued' | 'analyzing' | 'done' | 'failed';

/** Each look's visible verb, its spoken name (with and without a known creator) and what the live region says. */
const TEXT = {
  ready: ['inPage_labelReady', 'inPage_readyBy', 'inPage_ready', ''],
  sending: ['inPage_labelSending', 'inPage_sendingBy', 'inPage_sending', 'inPage_announceSending'],
  queued: ['inPage_labelQueued', 'inPage_queuedBy', 'inPage_queued', 'inPage_announceQueued'],
  analyzing: ['inPage_labelAnalyzing', 'inPage_analyzingBy', 'inPage_analyzing', 'inPage_announceAnalyzing'],
  done: ['inPage_labelDone', 'inPage_doneBy', 'inPage_done', 'inPage_announceDone'],
  failed: ['inPage_labelFailed', 'inPage_failedBy', 'inPage_failed', ''],
} as const satisfies Record<Look, readonly [MessageName, MessageName, MessageName, MessageName | '']>;

/** What a screen reader hears: the action, and whose video it is about (`creator` without "@"). */
function accessibleName(look: Look, creator: string | undefined, state: CaptureState | undefined): string {
  const [, named, unnamed] = TEXT[look];
  const failure = failureText(state);
  // Only the failed look's message has {failure}; the others ignore an extra argument's position.
  if (look === 'failed') return creator ? t('inPage_failedBy', { creator, failure }) : t('inPage_failed', { failure });
  return creator ? t(named as 'inPage_readyBy', { creator }) : t(unnamed as 'inPage_ready');
}

function failureText(state: CaptureState | undefined): string {
  const reason = state?.message ?? t('inPage_failureUnknown');
  return state?.retry === 'again' ? t('inPage_failureAgain', { reason }) : t('inPage_failureResend', { reason });
}

/** How long a new failure's reason stays on screen by itself (it shows again on hover and focus). */
const FRESH_NOTE_MS = 12_000;

const lookOf = (status: CaptureStatus | undefined): Look => status ?? 'ready';

/** Small icons, stroked in currentColor. The mark is Sume's: a framed play button. */
const PATHS = {
  mark: 'M4 8V4h4M16 4h4v4M20 16v4h-4M8 20H4v-4M10 8.5v7l6-3.5z',
  clock: 'M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16M12 8v4l2.5 2',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  alert: 'M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16M12 8v5M12 16h.01',
} as const;

function svg(path: string, className: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const icon = document.createElementNS(ns, 'svg');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('class', className);
  icon.setAttribute('aria-hidden', 'true');
  const stroke = document.createElementNS(ns, 'path');
  stroke.setAttribute('d', path);
  icon.append(stroke);
  return icon;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

export interface ButtonView {
  readonly button: HTMLButtonElement;
  /** Draws `state` for the video by `creator` (a handle without "@", when known); `news` when it changed while the page was open. */
  update(state: CaptureState | undefined, creator: string | undefined, news: boolean): void;
  /** While a click is being handled: a second one does nothing. */
  setPending(pending: boolean): void;
  focus(): void;
}

export function createButtonView(root: ShadowRoot): ButtonView {
  const button = element('button', 'chip');
  button.type = 'button';
  const labels = element('span', 'labels');
  labels.setAttribute('aria-hidden', 'true');
  for (const [look, [label_]] of Object.entries(TEXT)) {
    const label = element('span', 'label', t(label_));
    label.dataset.look = look;
    labels.append(label);
  }
  const status = element('span', 'status');
  status.setAttribute('aria-hidden', 'true');
  button.append(svg(PATHS.mark, 'mark'), labels, status);
  // Shown, not only spoken, when a capture fails; it never takes clicks, so a page cannot find it by hit-testing.
  const note = element('div', 'note');
  note.setAttribute('aria-hidden', 'true');
  const live = element('span', 'live');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.append(button, note, live);

  let shown: Look | undefined;
  let shownIcon: string | undefined;

  function setStatusIcon(look: Look): void {
    const icon =
      look === 'sending' || look === 'analyzing' ? 'spinner' : look === 'queued' ? 'clock' : look === 'done' ? 'check' : look === 'failed' ? 'alert' : '';
    if (icon === shownIcon) return;
    shownIcon = icon;
    status.replaceChildren(icon === 'spinner' ? element('span', 'spinner') : icon ? svg(PATHS[icon as 'clock' | 'check' | 'alert'], 'glyph') : '');
  }

  return {
    button,
    update(state, creator, news) {
      const look = lookOf(state?.status);
      button.dataset.state = look;
      button.setAttribute('aria-label', accessibleName(look, creator, state));
      button.setAttribute('aria-busy', String(look === 'sending' || look === 'analyzing'));
      setStatusIcon(look);
      note.textContent = look === 'failed' ? failureText(state) : '';
      // What was already so when the page loaded is not news: only changes pushed since are announced.
      const changed = news && shown !== undefined && shown !== look;
      const announcement = TEXT[look][3];
      if (changed) live.textContent = look === 'failed' ? failureText(state) : announcement && t(announcement);
      if (changed && look === 'failed') {
        note.classList.add('note--fresh');
        setTimeout(() => note.classList.remove('note--fresh'), FRESH_NOTE_MS);
      }
      shown = look;
    },
    setPending(pending) {
      button.toggleAttribute('data-pending', pending);
    },
    focus: () => button.focus({ preventScroll: true }),
  };
}
