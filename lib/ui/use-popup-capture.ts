/**
 * The popup's capture flow: which reel the active tab shows, what to ask before spending, sending
 * it, and the latest captures with live status. Everything goes through the background.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SerializedSumeError } from '../api/errors';
import type { CaptureRecord } from '../captures/capture-record';
import { capturesItem } from '../captures/capture-store';
import { sendMessage, type CapturePreparation, type CaptureSource } from '../messaging';
import { parseReferenceUrl } from '../platforms';

export type PopupStep =
  | { kind: 'idle' }
  | { kind: 'preparing'; url: string }
  | { kind: 'confirm'; url: string; preparation: Extract<CapturePreparation, { ok: true }> }
  | { kind: 'sent'; url: string; captureId: string }
  | { kind: 'error'; url: string; error: SerializedSumeError };

/**
 * The page the user was looking at: the active tab, or, when this page is itself a tab (the popup
 * opened as a page), the most recently used other tab of the window.
 */
async function pageTab() {
  const own = browser.runtime.getURL('/');
  const tabs = await browser.tabs.query({ currentWindow: true });
  return tabs
    .filter((tab) => !tab.url?.startsWith(own))
    .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

async function activeTabVideo(): Promise<string | null> {
  const tab = await pageTab();
  if (tab?.id === undefined) return null;
  const answer = await sendMessage('getActiveVideo', undefined, tab.id).catch(() => null);
  if (answer?.url) return answer.url;
  const parsed = tab.url ? parseReferenceUrl(tab.url) : null;
  return parsed?.ok ? parsed.canonicalUrl : null;
}

export function usePopupCapture(source: CaptureSource) {
  const [activeUrl, setActiveUrl] = useState<string | null | undefined>(undefined);
  const [step, setStep] = useState<PopupStep>({ kind: 'idle' });
  const [recent, setRecent] = useState<CaptureRecord[]>([]);

  useEffect(() => {
    void activeTabVideo().then(setActiveUrl).catch(() => setActiveUrl(null));
    const load = () => void sendMessage('listCaptures').then((records) => setRecent(records.slice(0, 5))).catch(() => undefined);
    load();
    return capturesItem.watch(load);
  }, []);

  const send = useCallback(
    async (url: string, dontAskAgain = false) => {
      const started = await sendMessage('captureReel', { url, source, ...(dontAskAgain ? { dontAskAgain } : {}) });
      setStep(started.ok ? { kind: 'sent', url, captureId: started.captureId } : { kind: 'error', url, error: started.error });
    },
    [source],
  );

  /** Asks first when the user wants to be asked or the reel was already captured. */
  const analyze = useCallback(
    async (url: string) => {
      setStep({ kind: 'preparing', url });
      const preparation = await sendMessage('prepareCapture', { url });
      if (!preparation.ok) setStep({ kind: 'error', url, error: preparation.error });
      else if (preparation.confirm) setStep({ kind: 'confirm', url: preparation.url, preparation });
      else await send(preparation.url);
    },
    [send],
  );

  return { activeUrl, step, setStep, recent, analyze, send };
}
