/**
 * The state of one reel's capture as the in-page button shows it. The background publishes these
 * (under the URLs asked for; content scripts match them by reference key, lib/platforms/reference-key.ts);
 * content scripts only display them.
 *
 * Why no zod here: this module runs in every TikTok/Instagram tab, whose script must stay under
 * 12 KB gzip (zod/mini alone is ~5 KB). What arrives here comes only from our own background (the
 * browser delivers runtime messages to content scripts from the extension alone), and the
 * background validates everything with zod where it enters: from pages, storage and the API.
 * These guards still drop anything malformed rather than trusting it.
 */
import { CAPTURE_PHASES } from '../captures/phase';

/** What the button shows: `ready` (no capture of this reel yet) or where its capture is. */
export const CAPTURE_STATUSES = ['ready', ...CAPTURE_PHASES] as const;
export type CaptureStatus = (typeof CAPTURE_STATUSES)[number];

export interface CaptureState {
  status: CaptureStatus;
  /** For people: why it failed, or what is happening. Never holds secrets (redacted upstream). */
  message?: string;
  /** The capture this state belongs to, so "open" and "retry" can name it. */
  captureId?: string;
  /** A failed capture: Sume never took it (`first`: retrying is its first charge) or it was analyzed and failed (`again`). */
  retry?: 'first' | 'again';
  updatedAt: number;
}

/** A batch of changes: a null state means "forget it" (back to ready). */
export type CaptureStates = Record<string, CaptureState | null>;

export interface ContentSettings {
  /** The in-page button per platform (by registry id). */
  buttons: Record<string, boolean>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalText = (value: unknown, max: number) => value === undefined || (typeof value === 'string' && value.length <= max);

export function isCaptureState(value: unknown): value is CaptureState {
  return (
    isRecord(value) &&
    (CAPTURE_STATUSES as readonly unknown[]).includes(value.status) &&
    typeof value.updatedAt === 'number' &&
    optionalText(value.message, 500) &&
    optionalText(value.captureId, 100) &&
    (value.retry === undefined || value.retry === 'first' || value.retry === 'again')
  );
}

/** Keeps the well-formed entries of a batch and drops the rest. */
export function parseCaptureStates(value: unknown): CaptureStates {
  const out: CaptureStates = {};
  if (!isRecord(value)) return out;
  for (const [url, state] of Object.entries(value)) {
    if (url.length <= 300 && (state === null || isCaptureState(state))) out[url] = state;
  }
  return out;
}

export function parseContentSettings(value: unknown): ContentSettings | null {
  if (!isRecord(value) || !isRecord(value.buttons)) return null;
  const buttons: Record<string, boolean> = {};
  for (const [platform, on] of Object.entries(value.buttons)) {
    if (typeof on !== 'boolean' || platform.length > 40) return null;
    buttons[platform] = on;
  }
  return { buttons };
}
