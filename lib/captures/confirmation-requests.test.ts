import { describe, expect, it } from 'vitest';
import { claimRequest, CONFIRMATION_TTL_MS, dropRequest, issueRequest, takeRequest, type ConfirmationRequest } from './confirmation-requests';

const NOW = 1_000_000;
const request = (token: string, overrides: Partial<ConfirmationRequest> = {}): ConfirmationRequest => ({
  token,
  tabId: 7,
  frameId: 0,
  url: 'https://www.tiktok.com/@a/video/1',
  reel: {},
  source: 'button',
  reason: 'confirm_setting',
  createdAt: NOW,
  ...overrides,
});
const FRAME = { tabId: 7, frameId: 12 };

describe('one-time confirmation requests', () => {
  it('the frame in the tab it was issued for claims it, acts on it once, and it is gone', () => {
    let requests = issueRequest({}, request('t1'), NOW);
    const claimed = claimRequest(requests, 't1', FRAME, NOW + 10);
    expect(claimed.request?.claimedBy).toBe(12);
    requests = claimed.requests;
    const taken = takeRequest(requests, 't1', FRAME, NOW + 20);
    expect(taken.request?.url).toBe('https://www.tiktok.com/@a/video/1');
    expect(takeRequest(taken.requests, 't1', FRAME, NOW + 30).request).toBeNull();
  });

  it.each([
    ['an unknown token (a page that framed our page itself)', 'nope', FRAME],
    ['a frame in another tab', 't1', { tabId: 8, frameId: 12 }],
  ])('%s gets nothing', (_story, token, frame) => {
    const requests = issueRequest({}, request('t1'), NOW);
    expect(claimRequest(requests, token, frame, NOW).request).toBeNull();
  });

  it('once a frame claimed it, a second frame in the same tab can neither open nor act on it', () => {
    const { requests } = claimRequest(issueRequest({}, request('t1'), NOW), 't1', FRAME, NOW);
    const intruder = { tabId: 7, frameId: 99 };
    expect(claimRequest(requests, 't1', intruder, NOW).request).toBeNull();
    expect(takeRequest(requests, 't1', intruder, NOW).request).toBeNull();
    expect(takeRequest(requests, 't1', FRAME, NOW).request).not.toBeNull();
  });

  it('an unclaimed request cannot be acted on', () => {
    expect(takeRequest(issueRequest({}, request('t1'), NOW), 't1', FRAME, NOW).request).toBeNull();
  });

  it('it expires', () => {
    const requests = issueRequest({}, request('t1'), NOW);
    expect(claimRequest(requests, 't1', FRAME, NOW + CONFIRMATION_TTL_MS).request).toBeNull();
  });

  it('a new question from the same content script replaces its older one; other tabs keep theirs', () => {
    let requests = issueRequest({}, request('old'), NOW);
    requests = issueRequest(requests, request('other-tab', { tabId: 9 }), NOW);
    requests = issueRequest(requests, request('new'), NOW + 1);
    expect(Object.keys(requests).sort()).toEqual(['new', 'other-tab']);
  });

  it('only the content script that asked may drop it', () => {
    const requests = issueRequest({}, request('t1'), NOW);
    expect(dropRequest(requests, 't1', { tabId: 8, frameId: 0 }, NOW).request).toBeNull();
    expect(dropRequest(requests, 't1', { tabId: 7, frameId: 0 }, NOW).requests).toEqual({});
  });
});
