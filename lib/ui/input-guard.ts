/**
 * Clickjacking defence for a surface a hostile page can frame or cover: input counts only once the
 * surface has been fully visible for a moment. Where Chrome offers IntersectionObserver v2
 * (`trackVisibility`), "visible" means nothing covers, fades, transforms or filters it — a
 * `pointer-events: none` decoy over it included. Elsewhere (Firefox today) only the delay and being
 * on screen hold; the spending limit caps what is left.
 * https://w3c.github.io/IntersectionObserver/v2/ — https://web.dev/articles/intersectionobserver-v2
 */

/** Long enough that a double click or a key held down cannot carry over into a new question. */
export const ARM_DELAY_MS = 500;
/** The least delay Chrome accepts with trackVisibility. */
const VISIBILITY_DELAY_MS = 100;

export interface GuardState {
  /** Since when the surface has been visible without a break; undefined while it is not. */
  visibleSince: number | undefined;
}

/** Input is accepted only after the surface has been visible for `ARM_DELAY_MS` without a break. */
export function isArmed(state: GuardState, now: number, delay = ARM_DELAY_MS): boolean {
  return state.visibleSince !== undefined && now - state.visibleSince >= delay;
}

/** A visibility report: a break resets the clock, a report while still visible keeps it. */
export function observed(state: GuardState, visible: boolean, now: number): GuardState {
  if (!visible) return { visibleSince: undefined };
  return { visibleSince: state.visibleSince ?? now };
}

interface V2Entry extends IntersectionObserverEntry {
  isVisible?: boolean;
}

/** Whether this browser reports occlusion (IntersectionObserver v2). */
export function tracksVisibility(): boolean {
  return typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
}

export interface InputGuard {
  /** True when this event may act: a person's input, on a surface visible long enough. */
  allows(event: Event): boolean;
  armed(): boolean;
  stop(): void;
}

/**
 * Watches `target`; `onChange` hears when input starts or stops counting (to show it). Time comes
 * from `now` so tests can drive it; the re-check timer only redraws.
 */
export function createInputGuard(target: Element, onChange: (armed: boolean) => void, now: () => number = () => performance.now()): InputGuard {
  let state: GuardState = { visibleSince: undefined };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const v2 = tracksVisibility();

  const report = (visible: boolean) => {
    state = observed(state, visible, now());
    clearTimeout(timer);
    onChange(isArmed(state, now()));
    if (state.visibleSince !== undefined) timer = setTimeout(() => onChange(isArmed(state, now())), ARM_DELAY_MS);
  };

  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries[entries.length - 1] as V2Entry | undefined;
      if (!entry) return;
      // v2 reports occlusion of what is on screen; a part scrolled out of the popup is not a trick.
      report(entry.isIntersecting && (v2 ? entry.isVisible === true : document.visibilityState === 'visible'));
    },
    // trackVisibility/delay are v2 options; older engines ignore unknown keys.
    { threshold: [0, 1], ...(v2 ? { trackVisibility: true, delay: VISIBILITY_DELAY_MS } : {}) } as IntersectionObserverInit,
  );
  observer.observe(target);
  const onHidden = () => document.visibilityState !== 'visible' && report(false);
  document.addEventListener('visibilitychange', onHidden);

  return {
    allows: (event) => event.isTrusted && isArmed(state, now()),
    armed: () => isArmed(state, now()),
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onHidden);
    },
  };
}
