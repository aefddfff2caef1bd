/**
 * Select mode's bar, fixed at the bottom of the page in a closed shadow root in the top layer: the
 * running count, a line of help or news, and the four actions. It draws what it is told and reports
 * a person's clicks; what they mean is select-mode.ts's business. Only `isTrusted` clicks count, and
 * its clicks and keys never reach the site's own listeners.
 */
import { t, tn } from '../../i18n/t';
import { createShadowHost } from '../shadow-host';
import { SELECT_BAR_CSS } from './select-mode-css';

export const BAR_TAG = 'sume-capture-select-bar';
/** The host's own box; `!important` so a page stylesheet cannot move, hide or fade it. */
const BAR_HOST_STYLE =
  'all:initial!important;position:fixed!important;display:block!important;inset:auto 0 20px 0!important;margin:0 auto!important;width:min(640px,calc(100vw - 24px))!important;height:auto!important;z-index:2147483647!important;opacity:1!important;visibility:visible!important;border:0!important;padding:0!important;background:transparent!important;overflow:visible!important;';

export interface BarActions {
  selectVisible(): void;
  clear(): void;
  analyze(): void;
  done(): void;
}

export interface SelectBar {
  /** On the page, in the top layer (again, if the page took it away). */
  show(): void;
  draw(count: number, note: string): void;
  /** The keyboard on "Analyze" when something is ticked, else on "Select all visible". */
  focus(): void;
  isConnected(): boolean;
  remove(): void;
}

export function createSelectBar(actions: BarActions, signal: AbortSignal): SelectBar {
  const { host, root } = createShadowHost(BAR_TAG, SELECT_BAR_CSS, ['click', 'keydown', 'keyup', 'pointerdown', 'mousedown']);
  host.style.cssText = BAR_HOST_STYLE;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => {
    const made = document.createElement(tag);
    made.className = className;
    return made;
  };
  const bar = element('div', 'bar');
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', t('batch_barLabel'));
  const count = element('strong', 'count');
  const note = element('span', 'note');
  note.setAttribute('role', 'status');
  const text = element('div', 'text');
  text.append(count, note);
  const button = (label: string, className: string, onClick: () => void) => {
    const made = element('button', className);
    made.type = 'button';
    made.textContent = label;
    made.addEventListener('click', (event) => event.isTrusted && onClick(), { signal });
    return made;
  };
  const all = button(t('batch_selectAllVisible'), 'ghost', actions.selectVisible);
  const clear = button(t('batch_clear'), 'ghost', actions.clear);
  const analyze = button('', 'primary', actions.analyze);
  const done = button(t('batch_done'), 'ghost', actions.done);
  const row = element('div', 'actions');
  row.append(all, clear, analyze, done);
  bar.append(text, row);
  root.append(bar);

  return {
    show() {
      if (!host.isConnected) document.documentElement.append(host);
      if ('showPopover' in host && !host.matches(':popover-open')) {
        host.setAttribute('popover', 'manual');
        (host as HTMLElement & { showPopover(): void }).showPopover();
      }
    },
    draw(n, line) {
      count.textContent = tn('batch_selected', n);
      note.textContent = line;
      analyze.textContent = tn('batch_analyze', n);
      analyze.disabled = n === 0;
      clear.disabled = n === 0;
    },
    focus() {
      (analyze.disabled ? all : analyze).focus();
    },
    isConnected: () => host.isConnected,
    remove: () => host.remove(),
  };
}
