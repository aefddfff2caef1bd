/**
 * The one answer every URL rule in this folder gives: either a video we can send to Sume's
 * Reference Analysis (or a short link the background must follow first), or a sentence the
 * user can act on.
 */
export type ParsedReference =
  | {
      ok: true;
      /** The registry's id (lib/platforms/registry.ts). */
      platform: string;
      kind: 'video' | 'reel' | 'post' | 'short_link';
      id: string;
      canonicalUrl: string;
    }
  | { ok: false; reason: string };

export type Rejection = Extract<ParsedReference, { ok: false }>;

export function reject(reason: string): Rejection {
  return { ok: false, reason };
}
