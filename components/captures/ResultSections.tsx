import type { ComponentChildren } from 'preact';
import type { NormalisedResult, Transcript } from './format-result';
import { GenericValue } from './GenericValue';
import { LongText } from './LongText';
import { TimedEntry, TimedList } from './TimedList';

export function ResultSection({ title, count, children }: { title: string; count?: number; children: ComponentChildren }) {
  return (
    <section class="cap-section">
      <h3 class="cap-section__title">
        {title}
        {count !== undefined && <span class="sc-muted"> · {count}</span>}
      </h3>
      {children}
    </section>
  );
}

function TranscriptBody({ transcript }: { transcript: Transcript }) {
  const { items, text, extra } = transcript;
  return (
    <>
      {items && items.length > 0 ? <TimedList items={items} label="Transcript" /> : text !== undefined && <LongText text={text} />}
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
        <ResultSection title="Summary">
          <LongText text={summary} />
        </ResultSection>
      )}
      {hook && (
        <ResultSection title="Hook">
          <div class="cap-timed cap-timed--single">
            <TimedEntry item={hook} />
          </div>
        </ResultSection>
      )}
      {scenes && scenes.length > 0 && (
        <ResultSection title="Scenes" count={scenes.length}>
          <TimedList items={scenes} label="Scenes" />
        </ResultSection>
      )}
      {transcript && (
        <ResultSection title="Transcript" count={transcript.items?.length}>
          <TranscriptBody transcript={transcript} />
        </ResultSection>
      )}
      {onScreenText && onScreenText.length > 0 && (
        <ResultSection title="On-screen text" count={onScreenText.length}>
          <TimedList items={onScreenText} label="On-screen text" />
        </ResultSection>
      )}
      {cta && (
        <ResultSection title="Call to action">
          <div class="cap-timed cap-timed--single">
            <TimedEntry item={cta} />
          </div>
        </ResultSection>
      )}
      {style.length > 0 && (
        <ResultSection title="Format, pacing and audio">
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
