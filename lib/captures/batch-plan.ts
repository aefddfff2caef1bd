/**
 * What one "Analyze N" decision will do, before anything is spent: which selected reels are new,
 * which were analyzed before (skipped unless the person includes them), which are already on their
 * way (always the same capture), what it costs, and how many of them the balance pays for. Pure; the
 * background feeds it the records, the price Sume last named and the balance it just read, and
 * computes it again when the person decides (never trusting the figures the window showed).
 */
import { latestByReference } from './button-states';
import { capturePhase, type CaptureRecord } from './capture-record';
import { referenceKey } from '../platforms/reference-key';

/** Where a selected reel stands before the batch. */
export type BatchItemState = 'new' | 'analyzed' | 'on_its_way' | 'failed_before';

export interface BatchItemPlan {
  url: string;
  state: BatchItemState;
  /** Sent by this batch (when it fits). */
  sends: boolean;
}

export interface BatchPlan {
  items: BatchItemPlan[];
  /** The urls this batch would send, in the order they were selected. */
  toSend: string[];
  price: number;
  total: number;
  /** How many of `toSend` the balance pays for (all of them when the balance is unknown). */
  fits: number;
  /** Credits spent in the last hour, and what the batch would bring it to against the limit. */
  spentInWindow: number;
  limitPerHour: number;
  overLimit: boolean;
}

export interface BatchPlanInput {
  urls: readonly string[];
  records: readonly CaptureRecord[];
  price: number;
  remaining: number | undefined;
  spentInWindow: number;
  limitPerHour: number;
  /** The person chose to analyze again the reels analyzed before. */
  includeAnalyzed: boolean;
}

function stateOf(latest: CaptureRecord | undefined): BatchItemState {
  if (!latest) return 'new';
  const phase = capturePhase(latest);
  if (phase === 'done') return 'analyzed';
  if (phase === 'failed') return 'failed_before';
  return 'on_its_way';
}

export function planBatch(input: BatchPlanInput): BatchPlan {
  const latest = latestByReference(input.records);
  const seen = new Set<string>();
  const items: BatchItemPlan[] = [];
  for (const url of input.urls) {
    const key = referenceKey(url);
    if (seen.has(key)) continue;
    seen.add(key);
    const state = stateOf(latest.get(key));
    const sends = state === 'new' || state === 'failed_before' || (state === 'analyzed' && input.includeAnalyzed);
    items.push({ url, state, sends });
  }
  const toSend = items.filter((item) => item.sends).map((item) => item.url);
  const price = Math.max(0, input.price);
  const total = toSend.length * price;
  const fits = input.remaining === undefined || price === 0 ? toSend.length : Math.min(toSend.length, Math.floor(Math.max(0, input.remaining) / price));
  return {
    items,
    toSend,
    price,
    total,
    fits,
    spentInWindow: input.spentInWindow,
    limitPerHour: input.limitPerHour,
    overLimit: input.spentInWindow + total > input.limitPerHour,
  };
}

/** The person's answer: all, only what the balance pays for (the rest saved for later), all saved, or nothing. */
export const BATCH_CHOICES = ['send', 'send_fitting', 'save_all', 'cancel'] as const;
export type BatchChoice = (typeof BATCH_CHOICES)[number];

/** Which urls go now and which wait for credits, for a choice on a plan computed at decision time. */
export function splitForChoice(plan: BatchPlan, choice: BatchChoice): { send: string[]; save: string[] } {
  switch (choice) {
    case 'cancel':
      return { send: [], save: [] };
    case 'save_all':
      return { send: [], save: plan.toSend };
    case 'send_fitting':
      return { send: plan.toSend.slice(0, plan.fits), save: plan.toSend.slice(plan.fits) };
    case 'send':
      return { send: plan.toSend, save: [] };
  }
}
