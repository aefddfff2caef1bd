/**
 * Issue 4's figures: API requests per job (the tracker's own schedule, the code the background
 * runs, against fixed 2-second polling), requests per minute while idle, and click-to-job-created
 * latency — the last two measured with the extension running against the sandbox.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fixtureHtml } from '../../tests/fixtures/index';
import { startSandbox } from '../../tests/sandbox/server';
import { POLL_POLICY, pollDelay } from '../../lib/jobs/job-tracker';
import { launchChromium, serveFixture } from './browser';
import { connectExtension } from './connect';
import { median, p95 } from './stats';
import type { BenchSection } from './types';

/** GETs the tracker makes for a job that runs `durationMs`, plus the create and the result fetch. */
export function trackerRequests(durationMs: number): number {
  let elapsed = POLL_POLICY.firstDelayMs;
  let polls = 1;
  while (elapsed < durationMs) {
    elapsed += pollDelay(polls);
    polls++;
  }
  return polls + 2;
}

const fixedRequests = (durationMs: number) => Math.ceil(durationMs / 2000) + 2;

export const jobPolling: BenchSection = {
  id: 'jobPolling',
  async run({ root }) {
    const durations = [10_000, 60_000, 600_000];
    const perJob = durations.map((d) => ({ seconds: d / 1000, tracker: trackerRequests(d), fixed2s: fixedRequests(d) }));

    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, stdio: 'ignore' });
    const sandbox = await startSandbox({ port: 0, queuedMs: 500, runningMs: 1500 });
    const browser = await launchChromium(path.join(root, '.output/chrome-mv3-e2e'), { welcomeTab: false });
    const latencies: number[] = [];
    let idlePerMinute = Number.NaN;
    try {
      const worker = browser.context.serviceWorkers()[0]!;
      // Measure the click itself, not the confirm: no question, no hourly limit.
      await connectExtension(browser.context, new URL(worker.url()).host, sandbox.baseUrl, sandbox.demoKey, { askBeforeSpending: false });
      const html = await fixtureHtml('tiktok-foryou');
      await serveFixture(browser.context, 'https://www.tiktok.com', () => html);

      // Idle: connected, nothing queued or running, a TikTok tab open — count API requests.
      const page = await browser.context.newPage();
      await page.goto('https://www.tiktok.com/foryou');
      await page.waitForSelector('[data-sume-capture]');
      const count = async () => ((await (await fetch(`${sandbox.origin}/__sandbox/state`)).json()) as { requests: { total: number } }).requests.total;
      const before = await count();
      const idleMs = 20_000;
      await page.waitForTimeout(idleMs);
      idlePerMinute = ((await count()) - before) * (60_000 / idleMs); // the control API is not counted

      // Click → POST /reference-analysis received by the sandbox, on each visible video. The
      // button's root is closed: the host is clicked, after the pointer rested on it as a person's does.
      const hosts = page.locator('[data-sume-capture]');
      const n = Math.min(5, await hosts.count());
      for (let i = 0; i < n; i++) {
        await hosts.nth(i).scrollIntoViewIfNeeded();
        await hosts.nth(i).hover();
        await page.waitForTimeout(300);
        const jobsBefore = ((await (await fetch(`${sandbox.origin}/__sandbox/state`)).json()) as { jobs: unknown[] }).jobs.length;
        const clickedAt = Date.now();
        await hosts.nth(i).click();
        for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
          const requests = (await (await fetch(`${sandbox.origin}/__sandbox/requests`)).json()) as { method: string; path: string; at: string | number }[];
          const posts = requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/reference-analysis');
          if (posts.length > jobsBefore) {
            const at = posts.at(-1)!.at;
            latencies.push((typeof at === 'number' ? at : Date.parse(at)) - clickedAt);
            break;
          }
          await new Promise((r) => setTimeout(r, 5));
        }
      }
    } finally {
      await browser.close();
      await sandbox.close();
    }
    return {
      title: '4. Job polling and click-to-job latency (issue 4)',
      tables: [
        {
          headers: ['job lasts', 'requests (tracker)', 'requests (fixed 2 s)', 'ratio'],
          rows: perJob.map((r) => [`${r.seconds} s`, r.tracker, r.fixed2s, (r.tracker / r.fixed2s).toFixed(2)]),
        },
        {
          headers: ['measure', 'value', 'target'],
          rows: [
            ['API requests per minute, idle', idlePerMinute.toFixed(1), '0'],
            ['click → job created, median', `${median(latencies).toFixed(0)} ms`, ''],
            ['click → job created, p95', `${p95(latencies).toFixed(0)} ms`, ''],
          ],
        },
      ],
      notes: [
        'Requests per job = create + polls + result fetch; polls follow lib/jobs/job-tracker.ts (2 s, ×1.5 each, capped at 30 s).',
        'Idle: extension connected, a TikTok tab open, nothing queued, 20 s window scaled to a minute.',
        `Latency: ${latencies.length} clicks on the in-page button (confirm switched off) to the sandbox logging POST /reference-analysis.`,
      ],
      data: { perJob, idlePerMinute, latencies },
    };
  },
};
