/**
 * The popup's capture flow: which reel the active tab shows, what to ask before spending, sending
 * it, and the latest captures with live status. Everything goes through the background. One
 * decision is one spend: while a request is on its way, another click does nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SerializedSumeError } from '../api/errors';
import type { CaptureRecord } from '../captures/capture-record';
import { capturesItem } from '../captures/capture-store';
import { latestBatch, type BatchSummary } from '../captures/batch-progress';
import { sendMessage, type CaptureSource, type ConfirmationChoice, type ConfirmationDetails } from '../messaging';
import { parseReferenceUrl } from '../platforms';
import { reported } from '../diagnostics/report';
import { noBackgroundAnswer } from './no-answer';
import { pageTab } from './page-tab';
import { logPageReport, readPageReport, type PageReport } from './page-report';

/** The popup lists this many captures; the rest are on the captures page (the popup must fit 600 px). */
const RECENT_COUNT = 3;

export type PopupStep =
  | { kind: 'idle' }
  | { kind: 'preparing'; url: string }
  | { kind: 'confirm'; url: string; details: ConfirmationDetails }
  | { kind: 'sending'; url: string; details?: ConfirmationDetails }
  | { kind: 'sent'; url: string; captureId: string; existing: boolean; saved?: boolean }
  | { kind: 'error'; url: string; error: SerializedSumeError };

/** The page on the active tab, as the popup shows it. */
export interface TabPage {
  /** The video to offer: the one with a button on screen, else the one the tab's own address names. */
  url: string | null;
  /** `url` is the tab's address, not a video with a button: the video on screen could not be bound. */
  fromAddress: boolean;
  /** "12 videos · 11 buttons" from the content script; null where it does not run. */
  counts: PageReport | null;
  tab: { id: number; url?: string | undefined } | null;
}

async function readTabPage(): Promise<TabPage> {
  const tab = await pageTab();
  if (tab?.id === undefined) return { url: null, fromAddress: false, counts: null, tab: null };
  const [answer, counts] = await Promise.all([sendMessage('getActiveVideo', undefined, tab.id).catch(() => null), readPageReport(tab.id)]);
  if (counts) logPageReport(counts, tab.url);
  const tabInfo = { id: tab.id, url: tab.url };
  // With the video on screen unbound, a button elsewhere on the page is not the one the person means.
  if (answer?.url && !counts?.unbound) return { url: answer.url, fromAddress: false, counts, tab: tabInfo };
  const parsed = tab.url ? parseReferenceUrl(tab.url) : null;
  return { url: parsed?.ok ? parsed.canonicalUrl : null, fromAddress: counts?.unbound === true, counts, tab: tabInfo };
}

/** `readsTab`: the popup reads the tab it was opened over; the side panel follows its tab itself (use-followed-video.ts). */
export function usePopupCapture(source: CaptureSource, { readsTab = true }: { readsTab?: boolean } = {}) {
  const [tabPage, setTabPage] = useState<TabPage | undefined>(undefined);
  const [step, setStep] = useState<PopupStep>({ kind: 'idle' });
  const [recent, setRecent] = useState<CaptureRecord[]>([]);
  const [batch, setBatch] = useState<BatchSummary | null>(null);
  /** Set before the first await: a second click 1 ms later finds it set, whatever React has drawn. */
  const inFlight = useRef(false);

  useEffect(() => {
    if (readsTab) {
      void readTabPage()
        .then(setTabPage)
        .catch(() => setTabPage({ url: null, fromAddress: false, counts: null, tab: null }));
    }
    const load = () =>
      void sendMessage('listCaptures')
        .then((records) => {
          setRecent(records.slice(0, RECENT_COUNT));
          setBatch(latestBatch(records, Date.now()));
        })
        .catch(reported('capture', 'Listing recent captures in the popup'));
    load();
    return capturesItem.watch(load);
  }, []);

  const singleFlight = useCallback(async (work: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await work();
    } finally {
      inFlight.current = false;
    }
  }, []);

  const send = useCallback(
    async (
      url: string,
      {
        dontAskAgain = false,
        again = false,
        saveForLater = false,
        details,
      }: { dontAskAgain?: boolean; again?: boolean; saveForLater?: boolean; details?: ConfirmationDetails } = {},
    ) => {
      setStep({ kind: 'sending', url, ...(details ? { details } : {}) });
      const flags = { ...(dontAskAgain ? { dontAskAgain } : {}), ...(again ? { again } : {}), ...(saveForLater ? { saveForLater } : {}) };
      const started = await sendMessage('captureReel', { url, source, ...flags }).catch(noBackgroundAnswer);
      setStep(
        started.ok
          ? { kind: 'sent', url, captureId: started.captureId, existing: started.existing === true, saved: saveForLater }
          : { kind: 'error', url, error: started.error },
      );
    },
    [source],
  );

  /** Asks first when the user wants to be asked, the reel was captured before, or the limit is reached. */
  const analyze = useCallback(
    (url: string) =>
      singleFlight(async () => {
        setStep({ kind: 'preparing', url });
        const preparation = await sendMessage('prepareCapture', { url });
        if (!preparation.ok) setStep({ kind: 'error', url, error: preparation.error });
        else if (preparation.confirm) setStep({ kind: 'confirm', url: preparation.url, details: preparation.details });
        else await send(preparation.url);
      }),
    [send, singleFlight],
  );

  /** The person's answer to the question: at most one request, whatever the clicks. */
  const choose = useCallback(
    (choice: ConfirmationChoice, dontAskAgain: boolean) =>
      singleFlight(async () => {
        if (step.kind !== 'confirm') return;
        const { url, details } = step;
        if (choice === 'cancel') return setStep({ kind: 'idle' });
        if (choice === 'open') {
          if (details.previous) void sendMessage('openCapture', { captureId: details.previous.captureId });
          return setStep({ kind: 'idle' });
        }
        await send(url, {
          dontAskAgain: choice === 'analyze' && dontAskAgain,
          again: choice === 'analyze_again',
          saveForLater: choice === 'save_for_later',
          details,
        });
      }),
    [send, singleFlight, step],
  );

  return { activeUrl: tabPage === undefined ? undefined : tabPage.url, tabPage, step, setStep, recent, batch, analyze, choose };
}
