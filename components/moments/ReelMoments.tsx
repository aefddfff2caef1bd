import { useMemo } from 'preact/hooks';
import { latestByReference } from '@/lib/captures/button-states';
import { captureName } from '@/lib/captures/capture-name';
import type { CaptureRecord } from '@/lib/captures/capture-record';
import { t, tn } from '@/lib/i18n/t';
import type { Moment } from '@/lib/uploads/moment';
import { CaptureThumb } from '../captures/CaptureThumb';
import { ExternalLink } from '../captures/ExternalLink';
import { MomentStrip } from './MomentStrip';

interface Props {
  /** referenceKey → the reel's moments (lib/uploads/moment.ts `momentsByReel`). */
  groups: ReadonlyMap<string, readonly Moment[]>;
  /** Captures name a reel as the page described it when it was captured. */
  captures: readonly CaptureRecord[] | null;
  onOpen: (moment: Moment) => void;
}

/** The captures page's moments: one block per reel (named as its capture, else by its creator), its strip below. */
export function ReelMoments({ groups, captures, onOpen }: Props) {
  const captured = useMemo(() => latestByReference([...(captures ?? [])]), [captures]);
  if (groups.size === 0) return null;
  return (
    <section class="mom-reels sc-card" aria-labelledby="mom-reels-title" data-testid="reel-moments">
      <h2 id="mom-reels-title" class="mom-reels__title">
        {t('moments_title')}
      </h2>
      <p class="sc-muted mom-reels__intro">
        {t('moments_intro')} {t('moments_fromStart')}
      </p>
      {[...groups].map(([key, moments]) => {
        const first = moments[0];
        if (!first) return null;
        const capture = captured.get(key);
        const name = captureName({ url: first.reelUrl, reel: capture?.reel ?? (first.creator ? { creator: first.creator } : undefined) });
        const headingId = `mom-reel-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
        return (
          <article key={key} class="mom-reel" aria-labelledby={headingId} data-testid="moment-reel" data-url={first.reelUrl}>
            <header class="mom-reel__head">
              <CaptureThumb name={name} />
              <div class="mom-reel__text">
                <h3 id={headingId} class="mom-reel__name" data-user-content>
                  {name.title}
                </h3>
                {name.caption && (
                  <p class="mom-reel__caption sc-muted" data-user-content>
                    {name.caption}
                  </p>
                )}
              </div>
              <span class="mom-reel__count sc-muted">{tn('moments_count', moments.length)}</span>
              <ExternalLink class="sc-button sc-button--ghost mom-reel__open" href={first.reelUrl}>
                {t('moments_openReelLink')}
              </ExternalLink>
            </header>
            <MomentStrip moments={moments} onOpen={onOpen} />
          </article>
        );
      })}
    </section>
  );
}
