/**
 * What the popup says about the page on the active tab: "12 videos · 11 buttons", and when the
 * video on screen has no button (the site changed its markup), a problem report for support. The
 * counts come from the content script, which the page can influence: they are validated and only
 * ever shown as numbers. The report is made on request, in English like the diagnostics log.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { redact } from '../api/redact';
import { outlineWatchedVideo, type PageOutline } from '../diagnostics/page-outline';
import { report } from '../diagnostics/report';
import { HOST_ATTRIBUTE, type PageCounts } from '../in-page/capture-controller';
import { sendMessage } from '../messaging';

const count = z.number().int().min(0).max(1_000_000);
/** The content script's answer is the page's: held to the shape the controller reports (PageCounts). */
const pageReportSchema = z.object({ videos: count, buttons: count, byStructure: count, unbound: z.boolean() }) satisfies z.ZodType<PageCounts>;
export type PageReport = PageCounts;

const outlineSchema = z.object({ lines: z.array(z.string().max(600)).max(200), truncated: z.boolean() });

/** The page's address without its query or fragment (which may carry tracking or session tokens). */
export function pageAddress(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? `${parsed.origin}${parsed.pathname}` : null;
  } catch {
    return null;
  }
}

/** The content script's counts for `tabId`, or null where it does not run (or says nonsense). */
export async function readPageReport(tabId: number): Promise<PageReport | null> {
  const answer = await sendMessage('getPageReport', undefined, tabId).catch(() => null);
  const parsed = pageReportSchema.safeParse(answer);
  return parsed.success ? parsed.data : null;
}

// ui-literal: not user-facing (the diagnostics log and the problem report are for support, in English)
const describeCounts = (counts: PageReport) => `${counts.videos} videos, ${counts.buttons} buttons, ${counts.byStructure} bound by structure`;

/** Into the diagnostics log: a page where the video on screen has no button, or the markup drifted. */
export function logPageReport(counts: PageReport, url: string | undefined): void {
  const address = pageAddress(url) ?? 'a page';
  // ui-literal: not user-facing (diagnostics log)
  if (counts.unbound)
    void report({ level: 'warn', area: 'page', message: `The video on screen at ${address} has no button (${describeCounts(counts)})`, code: 'unbound_video' });
  else if (counts.byStructure > 0)
    void report({ level: 'info', area: 'page', message: `At ${address} the markup changed: ${describeCounts(counts)}`, code: 'markup_drift' });
}

/**
 * The text "Copy a problem report" puts on the clipboard: the extension's version and browser, the
 * page's address, the counts, and the outline of the markup around the video on screen.
 */
export async function problemReport(tab: { id: number; url?: string | undefined }, counts: PageReport): Promise<string> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: outlineWatchedVideo, args: [HOST_ATTRIBUTE] });
  const outline: PageOutline | null = outlineSchema
    .nullable()
    .catch(null)
    .parse(injection?.result ?? null);
  const address = pageAddress(tab.url) ?? 'unknown';
  // ui-literal: not user-facing (a support report, kept in English like the diagnostics log)
  const lines = [
    `Sume Capture ${browser.runtime.getManifest().version} · ${import.meta.env.BROWSER === 'firefox' ? 'Firefox' : 'Chromium'} · problem report`,
    `Page: ${address}`,
    `On the page: ${describeCounts(counts)}; the video on screen ${counts.unbound ? 'has no button' : 'has its button'}.`,
    '',
    'The markup around the video on screen (tags, roles and attribute names only; no text, no addresses):',
    ...(outline ? outline.lines : ['(no video on screen)']),
    ...(outline?.truncated ? ['… (cut here)'] : []),
  ];
  // ui-literal: not user-facing (diagnostics log)
  void report({ level: 'info', area: 'page', message: `Copied a problem report for ${address}`, code: 'problem_report' });
  return redact(lines.join('\n'));
}
