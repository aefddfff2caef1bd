/**
 * The one way a receiver answers a message: who may send it (the sender policy, lib/browser/sender.ts)
 * and what its payload must be (a schema from lib/protocol/requests.ts) are checked before the
 * handler runs, every time. A request that fails either is refused with an error, and harms nothing.
 */
import type { z } from 'zod';
import { isBackground, isConfirmationFrame, isExtensionPage, isOwnContentScript, isUploadDocument, type MessageSenderLike } from '../browser/sender';
import { onMessage, type ProtocolMap } from '../messaging';

export const SENDERS = {
  /** Our popup, settings and captures pages (never a frame, never the confirmation page). */
  page: isExtensionPage,
  /** Our content scripts: the page's neighbours, trusted with "a person clicked our button" alone. */
  content: isOwnContentScript,
  /** The confirmation frame, trusted only with the one-time token it was opened for. */
  confirmation: isConfirmationFrame,
  background: isBackground,
  uploader: isUploadDocument,
} as const satisfies Record<string, (sender: MessageSenderLike) => boolean>;
export type SenderKind = keyof typeof SENDERS;

type Answer<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

export interface Policy<I> {
  from: SenderKind | readonly SenderKind[];
  /** The payload's schema; leave out for a request that carries none. */
  input?: z.ZodType<I>;
}

export function isAllowed(from: Policy<unknown>['from'], sender: MessageSenderLike): boolean {
  return (typeof from === 'string' ? [from] : from).some((kind) => SENDERS[kind](sender));
}

export function handle<K extends keyof ProtocolMap, I = undefined>(
  type: K,
  policy: Policy<I>,
  fn: (input: I, sender: MessageSenderLike) => Answer<K> | Promise<Answer<K>>,
): () => void {
  return onMessage(type, (({ sender, data }: { sender: MessageSenderLike; data: unknown }) => {
    if (!isAllowed(policy.from, sender)) throw new Error(`“${type}” is not accepted from this sender.`);
    const input = policy.input ? policy.input.parse(data) : (undefined as I);
    return fn(input, sender);
  }) as unknown as Parameters<typeof onMessage<K>>[1]);
}
