import { t, tn } from '@/lib/i18n/t';
import type { AddOutcome } from '@/lib/ui/use-uploads';
import type { Moment } from '@/lib/uploads/moment';
import { MomentStrip } from './MomentStrip';
import { SaveMoment } from './SaveMoment';

interface Props {
  /** The followed video's moments, in video order. */
  moments: readonly Moment[];
  onSave: (note: string) => Promise<AddOutcome>;
  onOpen: (moment: Moment) => void;
}

/** The side panel's moments of the video it follows: save one (with a note), and the ones kept. */
export function MomentsCard({ moments, onSave, onOpen }: Props) {
  return (
    <section class="sc-card mom-card" aria-labelledby="mom-card-title" data-testid="panel-moments">
      <div class="mom-card__head">
        <h2 id="mom-card-title" class="panel__heading">
          {t('moments_title')}
        </h2>
        {moments.length > 0 && <span class="sc-muted mom-card__count">{tn('moments_count', moments.length)}</span>}
      </div>
      <SaveMoment onSave={onSave} />
      {moments.length > 0 ? (
        <>
          <MomentStrip moments={moments} onOpen={onOpen} />
          <p class="sc-muted mom-card__hint">{t('moments_fromStart')}</p>
        </>
      ) : (
        <p class="sc-muted mom-card__hint" data-testid="panel-no-moments">
          {t('moments_none')}
        </p>
      )}
    </section>
  );
}
