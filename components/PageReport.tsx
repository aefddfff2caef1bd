import { useState } from 'preact/hooks';
import { t, tn } from '@/lib/i18n/t';
import { problemReport } from '@/lib/ui/page-report';
import type { TabPage } from '@/lib/ui/use-popup-capture';

interface Props {
  page: TabPage;
}

/** What the page on the tab holds: "12 videos · 11 buttons" (nothing where the buttons do not run). */
export function PageCounts({ page: { counts } }: Props) {
  if (!counts) return null;
  return (
    <p class="sc-muted page-report__counts" data-testid="page-counts">
      {t('popup_pageCounts', { videos: tn('popup_pageVideos', counts.videos), buttons: tn('popup_pageButtons', counts.buttons) })}
    </p>
  );
}

/**
 * The video on screen has no button: says so, with the way to analyze it anyway (the card above,
 * from the page's address, when it names the video) and a problem report for support.
 */
export function UnboundVideo({ page }: Props) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const { counts, tab } = page;
  if (!counts?.unbound || !tab) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(await problemReport(tab, counts));
      setCopied('done');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied('idle'), 2000);
  };
  return (
    <div class="sc-notice sc-notice--warn page-report" role="status" data-testid="unbound-video">
      <p class="sc-notice__title">{t('popup_unboundTitle')}</p>
      <p class="sc-notice__body">{page.url ? t('popup_unboundBodyAddress') : t('popup_unboundBodyFeed')}</p>
      <p class="sc-notice__body">{t('popup_unboundReportHint')}</p>
      <div class="page-report__actions">
        <button type="button" class="sc-button" onClick={() => void copy()} data-testid="copy-problem-report">
          {t('popup_copyReport')}
        </button>
        <span class="sc-muted" aria-live="polite">
          {copied === 'done' ? t('popup_reportCopied') : copied === 'failed' ? t('popup_copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
