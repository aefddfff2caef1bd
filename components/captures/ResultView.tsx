import { useMemo } from 'preact/hooks';
import { t } from '../../lib/i18n/t';
import { normaliseResult } from './format-result';
import { GenericValue } from './GenericValue';
import { ResultSection, ResultSections } from './ResultSections';

/**
 * A reference-analysis result for people: known sections laid out, every other field shown
 * generically. The payload is untrusted: it is only ever rendered as text (see GenericValue).
 */
export function ResultView({ result }: { result: unknown }) {
  const normalised = useMemo(() => normaliseResult(result), [result]);
  const hasRest = Object.keys(normalised.rest).length > 0;
  const { summary, hook, scenes, transcript, onScreenText, cta, style } = normalised;
  const empty = !hasRest && style.length === 0 && [summary, hook, scenes, transcript, onScreenText, cta].every((v) => v === undefined);
  return (
    <div class="cap-result" data-testid="result-view">
      {empty && <p class="sc-muted">{t('captures_emptyResult')}</p>}
      <ResultSections result={normalised} />
      {hasRest && (
        <ResultSection title={t('captures_otherDetails')}>
          <GenericValue value={normalised.rest} />
        </ResultSection>
      )}
    </div>
  );
}
