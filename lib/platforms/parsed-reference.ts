import { t } from '../i18n/t';
import type { links } from '../../locales/en/links';

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

/** A `links` message without placeholders: a reason a table of paths can name. */
export type LinkReason = { [K in keyof typeof links]: (typeof links)[K] extends `${string}{${string}` ? never : `links_${K}` }[keyof typeof links];

/** Refuses with one of the `links` reasons, in the person's language. */
export function refuse(reason: LinkReason): Rejection {
  return reject(t(reason));
}
