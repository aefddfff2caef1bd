import type { ComponentChildren } from 'preact';
import { formatNumber, t } from '../../lib/i18n/t';
import type { NormalisedResult, Transcript } from './format-result';
import { GenericValue } from './GenericValue';
import { LongText } from './LongText';
import { TimedEntry, TimedList } from './TimedList';

export function ResultSection({ title, count, children }: { title: string; count?: number; children: ComponentChildren }) {
  return (
    <section class="cap-section">
      <h3 class="cap-section__title">
        {title}
        {count !== undefined && <span class="sc-muted"> · {formatNumber(count)}</span>}
      </h3>
      {children}
    </section>
  );
}

function TranscriptBody({ transcript }: { transcript: Transcript }) {
  const { items, text, extra } = transcript;
  return (
    <>
      {items && items.length > 0 ? <TimedList items={items} label={t('captures_transcript')} /> : text !== undefined && <LongText text={text} />}
      {Object.keys(extra).length > 0 && <GenericValue value={extra} depth={1} />}
    </>
  );
}

/** The sections people read first, in the order an editor would go through a reel. */
export function ResultSections({ result }: { result: NormalisedResult }) {
  const { summary, hook, scenes, transcript, onScreenText, cta, style } = result;
  return (
    <>
      {summary !== undefined && (
        <ResultSection title={t('captures_summary')}>
          <LongText text={summary} />
        </ResultSection>
      )}
      {hook && (
        <ResultSection title={t('captures_hook')}>
          <div class="cap-timed cap-timed--single">
            <TimedEntry item={hook} />
          </div>
        </ResultSection>
      )}
      {scenes && scenes.length > 0 && (
        <ResultSection title={t('captures_scenes')} count={scenes.length}>
          <TimedList items={scenes} label={t('captures_scenes')} />
        </ResultSection>
      )}
      {transcript && (
        <ResultSection title={t('captures_transcript')} count={transcript.items?.length}>
          <TranscriptBody transcript={transcript} />
        </ResultSection>
      )}
      {onScreenText && onScreenText.length > 0 && (
        <ResultSection title={t('captures_onScreenText')} count={onScreenText.length}>
          <TimedList items={onScreenText} label={t('captures_onScreenText')} />
        </ResultSection>
      )}
      {cta && (
        <ResultSection title={t('captures_callToAction')}>
          <div class="cap-timed cap-timed--single">
            <TimedEntry item={cta} />
          </div>
        </ResultSection>
      )}
      {style.length > 0 && (
        <ResultSection title={t('captures_formatPacingAudio')}>
          <dl class="cap-generic-fields">
            {style.map(({ key, label, value }) => (
              <div key={key} class="cap-generic-field">
                <dt>{label}</dt>
                <dd>
                  <GenericValue value={value} depth={1} />
                </dd>
              </div>
            ))}
          </dl>
        </ResultSection>
      )}
    </>
  );
}
