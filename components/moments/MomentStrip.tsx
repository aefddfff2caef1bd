import { t } from '@/lib/i18n/t';
import { formatTimecode } from '@/lib/ui/format';
import type { Moment } from '@/lib/uploads/moment';

interface Props {
  moments: readonly Moment[];
  onOpen: (moment: Moment) => void;
}

/** "Moment at 0:07 — @luna.bakes": how a moment is named in the lists. */
export function momentName(moment: Pick<Moment, 'seconds' | 'creator'>): string {
  const time = formatTimecode(moment.seconds);
  return moment.creator ? t('moments_nameAtBy', { time, creator: `@${moment.creator.replace(/^@/, '')}` }) : t('moments_nameAt', { time });
}

/**
 * A reel's moments as a row of frames, each with its time and note, in video order. Each is one
 * button: it opens the reel and, once Sume has it, the asset; its accessible name says which.
 */
export function MomentStrip({ moments, onOpen }: Props) {
  return (
    <ul class="mom-strip" aria-label={t('moments_stripLabel')} data-testid="moment-strip">
      {moments.map((moment) => {
        const time = formatTimecode(moment.seconds);
        return (
          <li key={moment.id} class="mom-strip__item">
            <button
              type="button"
              class="mom-tile"
              data-testid="moment"
              data-moment-id={moment.id}
              data-status={moment.status}
              title={momentName(moment)}
              aria-label={moment.assetUrl ? t('moments_openBoth', { time }) : t('moments_openReel', { time })}
              aria-describedby={moment.note ? `moment-note-${moment.id}` : undefined}
              onClick={() => onOpen(moment)}
            >
              <span class="mom-tile__frame">
                {moment.thumbnail && <img src={moment.thumbnail} alt="" />}
                <span class="mom-tile__time" data-testid="moment-time">
                  {time}
                </span>
              </span>
              {moment.status === 'failed' || moment.status === 'canceled' ? (
                <span class="mom-tile__state mom-tile__state--failed">{t('moments_failed')}</span>
              ) : (
                moment.status !== 'done' && <span class="mom-tile__state">{t('moments_uploading')}</span>
              )}
              {moment.note && (
                <span class="mom-tile__note" id={`moment-note-${moment.id}`} data-testid="moment-note" data-user-content>
                  {moment.note}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
