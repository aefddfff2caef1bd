/** Shared assertions for this folder's tests (not a test file itself, so vitest skips it). */
import { expect } from 'vitest';
import { parseReferenceUrl } from './index';

/** A reason the user can read: a capitalised sentence, not a code or an empty string. */
export function expectReadableReason(reason: string): void {
  expect(reason).toMatch(/^[A-Z].{15,}\.$/);
}

/** Parses `input`, expects a rejection, and checks the reason names what the link was. */
export function expectRejected(input: string, mentions: string): void {
  const result = parseReferenceUrl(input);
  // ui-literal: not user-facing
  expect(result.ok, `expected ${input} to be rejected`).toBe(false);
  if (result.ok) return;
  expectReadableReason(result.reason);
  expect(result.reason).toContain(mentions);
}

export const ID = '7301234567890123456';
