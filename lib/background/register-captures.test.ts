/**
 * The capture services of the background, below the browser: the real handlers (registerCaptures)
 * reached through messages with real sender shapes, the real runner, against the sandbox started
 * in this process. What a browser test shows end to end, this shows step by step and fast.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startSandbox, type Sandbox } from '@/tests/sandbox/server';
import { capturePhase } from '../captures/capture-record';
import { readCaptures, readResult } from '../captures/capture-store';
import { deliver, senders } from '../protocol/test-senders';
import { apiKeyItem, defaultSettings, settingsItem } from '../storage';
import { outboxPauseItem } from '../storage/captures';
import { CREDITS_WAIT_ALARM } from './credits-wait';
import { registerCaptures } from './register-captures';

const REEL = 'https://www.tiktok.com/@maker/video/7301234567890123456';
const OTHER = 'https://www.instagram.com/reel/CodeAbc123_/';

let sandbox: Sandbox;
let runner: ReturnType<typeof registerCaptures>['runner'];
/** The extension's clock runs ahead with the sandbox's, when a test moves time. */
let offset = 0;

const control = (path: string, body: unknown = {}) =>
  fetch(`${sandbox.origin}/__sandbox${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) =>
    r.json(),
  );
const sandboxState = () => fetch(`${sandbox.origin}/__sandbox/state`).then((r) => r.json());
const phases = async () => Object.fromEntries((await readCaptures()).map((r) => [r.url, capturePhase(r)]));
const capture = (url: string, extra: object = {}) => deliver('captureReel', { url, source: 'popup', ...extra }, senders.popup());

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, queuedMs: 60_000, runningMs: 60_000 });
  // The messaging layer keeps one listener per type for the life of this context: register once.
  ({ runner } = registerCaptures(() => Date.now() + offset));
});
afterAll(() => sandbox.close());

beforeEach(async () => {
  offset = 0;
  await fakeBrowser.storage.local.clear();
  await control('/reset');
  await control('/config', { queuedMs: 60_000, runningMs: 60_000 });
  await settingsItem.setValue({ ...defaultSettings(), baseUrl: sandbox.baseUrl, confirmBeforeAnalyzing: false });
  await apiKeyItem.setValue(sandbox.demoKey);
});

describe('the capture services', () => {
  it('prepare names the reel; a capture is stored, sent once with its key, and followed to its result', async () => {
    const prepared = (await deliver('prepareCapture', { url: `${REEL}?is_from_webapp=1` }, senders.popup())) as { ok: boolean; url: string };
    expect(prepared).toMatchObject({ ok: true, url: REEL });
    expect(await capture(REEL)).toMatchObject({ ok: true });
    await runner.kick();
    expect(await phases()).toEqual({ [REEL]: 'analyzing' });
    // The same reel again while it is on its way is the same capture: no second spend.
    expect(await capture(REEL)).toMatchObject({ ok: true, existing: true });
    // Nor is it another capture when reached through another handle form of the same video.
    expect(await capture(REEL.replace(/@[^/]+/, '@_'))).toMatchObject({ ok: true, existing: true });
    // Two minutes later, for Sume and for the extension: no sleeping.
    await control('/clock', { advanceMs: 130_000 });
    offset += 130_000;
    const [record] = await readCaptures();
    await runner.kick();
    expect(await phases()).toEqual({ [REEL]: 'done' });
    expect((await readResult(record!.id))?.result).toMatchObject({ summary: expect.any(String) });
    const state = await sandboxState();
    expect(state.jobs).toHaveLength(1);
    expect(state.credits.remaining).toBe(95);
  });

  it('out of credits: the capture fails with the reason, the queue pauses, and a top-up lets a retry go once', async () => {
    await control('/credits', { remaining: 0 });
    await capture(REEL);
    await capture(OTHER);
    await runner.kick();
    expect(await outboxPauseItem.getValue()).toBe('insufficient_credits');
    const failed = (await readCaptures()).find((r) => r.url === REEL)!;
    expect(failed.error?.code).toBe('insufficient_credits');
    expect((await sandboxState()).jobs).toHaveLength(0);
    // Paused for credits, asking again reads the balance and says it is short, instead of sending into a 402.
    const NEXT = 'https://www.tiktok.com/@maker/video/7301234567890123457';
    expect(await deliver('prepareCapture', { url: NEXT }, senders.popup())).toMatchObject({
      ok: true,
      confirm: true,
      details: { reason: 'short_of_credits', remainingCredits: 0 },
    });
    await control('/credits', { remaining: 50 });
    await deliver('retryCapture', { captureId: failed.id }, senders.popup());
    await runner.kick();
    await vi.waitFor(async () => expect((await sandboxState()).jobs).toHaveLength(2));
    expect(await outboxPauseItem.getValue()).toBeNull();
  });

  it('short of credits, "Save for later" spends nothing; after a top-up the capture goes by itself, once', async () => {
    await control('/credits', { remaining: 0 });
    expect(await capture(REEL, { saveForLater: true })).toMatchObject({ ok: true });
    await runner.kick();
    expect(await phases()).toEqual({ [REEL]: 'queued' });
    expect((await readCaptures())[0]?.waitsForCredits).toBe(true);
    expect(await fakeBrowser.alarms.get(CREDITS_WAIT_ALARM)).toMatchObject({ periodInMinutes: 15 });
    // The balance is read while it waits: still 0, it stays.
    await fakeBrowser.alarms.onAlarm.trigger({ name: CREDITS_WAIT_ALARM, scheduledTime: Date.now() });
    await runner.kick();
    expect((await sandboxState()).jobs).toHaveLength(0);
    // Topped up: the next look at the balance sends it, and nothing waits any more.
    await control('/credits', { remaining: 50 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: CREDITS_WAIT_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(await phases()).toEqual({ [REEL]: 'analyzing' }));
    expect((await readCaptures())[0]?.waitsForCredits).toBeUndefined();
    expect((await sandboxState()).jobs).toHaveLength(1);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(CREDITS_WAIT_ALARM)).toBeUndefined());
  });

  it('a refused key fails the capture; a new key sends it by itself, once', async () => {
    await apiKeyItem.setValue('sume_live_not_a_real_key_000000000000000');
    await capture(REEL);
    await runner.kick();
    expect((await readCaptures())[0]?.error?.status).toBe(401);
    await apiKeyItem.setValue(sandbox.demoKey);
    await vi.waitFor(async () => expect(await phases()).toEqual({ [REEL]: 'analyzing' }));
    expect((await sandboxState()).jobs).toHaveLength(1);
  });

  it('Sume down: the capture waits with the same key; when Sume answers again it goes at once, and once', async () => {
    await control('/faults', { path: '/api/v1/reference-analysis', method: 'POST', times: 4, status: 503 });
    await capture(REEL);
    await runner.kick();
    const waiting = (await readCaptures())[0]!;
    expect(waiting).toMatchObject({ status: 'waiting_retry' });
    expect(waiting.nextAttemptAt! - Date.now()).toBeGreaterThan(1_000);
    await fetch(`${sandbox.origin}/__sandbox/faults`, { method: 'DELETE' });
    // Any answer from Sume after the outage ends the backoff.
    await deliver('prepareCapture', { url: OTHER }, senders.popup());
    await deliver('captureReel', { url: OTHER, source: 'popup' }, senders.popup());
    await vi.waitFor(async () => expect(await phases()).toEqual({ [REEL]: 'analyzing', [OTHER]: 'analyzing' }), { timeout: 5_000 });
    const sent = (await readCaptures()).find((r) => r.url === REEL)!;
    expect(sent.idempotencyKey).toBe(waiting.idempotencyKey);
    expect(sent.updatedAt, 'sent before its backoff ran out').toBeLessThan(waiting.nextAttemptAt!);
    expect((await sandboxState()).jobs).toHaveLength(2);
  });

  it('a content script or another extension cannot start a capture or read the list', async () => {
    await expect(deliver('captureReel', { url: REEL, source: 'popup' }, senders.contentScript())).rejects.toThrow(/not accepted/);
    await expect(deliver('listCaptures', undefined, senders.contentScript())).rejects.toThrow(/not accepted/);
    await expect(deliver('captureReel', { url: REEL, source: 'popup' }, senders.otherExtension())).rejects.toThrow(/not accepted/);
    expect(await readCaptures()).toEqual([]);
  });
});
