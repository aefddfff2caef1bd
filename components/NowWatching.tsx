import { captureName } from '@/lib/captures/capture-name';
import { capturePhase, type CaptureRecord } from '@/lib/captures/capture-record';
import { t } from '@/lib/i18n/t';
import type { ActiveVideo } from '@/lib/storage/active-video';
import type { ResultState } from '@/lib/ui/use-captures';
import type { FollowedPage } from '@/lib/ui/use-followed-video';
import { ResultBody } from './captures/CaptureDetail';
import { CaptureThumb } from './captures/CaptureThumb';
import { similarQueryOf } from './captures/format-result';
import { ExternalLink } from './captures/ExternalLink';
import { StatusPill } from './captures/StatusPill';

interface Props {
  followed: FollowedPage | undefined;
  /** The latest capture of the video on screen, if it has one. */
  record: CaptureRecord | undefined;
  result: ResultState;
  now: number;
  onOpenCapture: (captureId: string) => void;
  onDownloadResult: (captureId: string) => Promise<string | null>;
}

/** Who posted it and its caption, in the page's words (and marked as such), beside the canonical link. */
function VideoIdentity({ video }: { video: ActiveVideo }) {
  const name = captureName(video);
  const fromPage = video.reel.creator !== undefined || video.reel.caption !== undefined;
  return (
    <div class="panel-video" data-testid="panel-video" data-url={video.url}>
      <CaptureThumb name={name} />
      <div class="panel-video__text">
        <p class="panel-video__title" data-user-content>
          {name.title}
        </p>
        {name.caption && (
          <p class="panel-video__caption" data-user-content>
            {name.caption}
          </p>
        )}
        {fromPage && <p class="sc-muted panel-video__source">{t('panel_fromPage')}</p>}
        <ExternalLink class="panel-video__url" href={video.url} />
      </div>
    </div>
  );
}

/** The video the person is watching beside the panel: which it is, and whether it was captured. */
export function NowWatching({ followed, record, onOpenCapture }: Pick<Props, 'followed' | 'record' | 'onOpenCapture'>) {
  const video = followed?.video ?? null;
  return (
    <section class="sc-card panel-now" aria-labelledby="panel-now-title" aria-busy={followed === undefined}>
      <h2 id="panel-now-title" class="panel__heading">
        {t('panel_nowWatching')}
      </h2>
      {followed === undefined ? (
        <p class="sc-muted">{t('panel_looking')}</p>
      ) : !followed.onPlatform ? (
        <p class="sc-muted" data-testid="panel-not-platform">
          {t('panel_notPlatform')}
        </p>
      ) : !video ? (
        <p class="sc-muted" data-testid="panel-no-video">
          {t('panel_noVideo')}
        </p>
      ) : (
        <>
          <VideoIdentity video={video} />
          {video.unverified && (
            <p class="sc-notice sc-notice--warn" data-testid="panel-unverified">
              {t('panel_unverified')}
            </p>
          )}
          {record ? (
            <p class="panel-now__status" data-testid="panel-capture" data-phase={capturePhase(record)}>
              <StatusPill phase={capturePhase(record)} />
              <button type="button" class="field__link" onClick={() => onOpenCapture(record.id)}>
                {t('panel_openInCaptures')}
              </button>
            </p>
          ) : (
            <p class="sc-muted" data-testid="panel-not-analyzed">
              {t('panel_notAnalyzed')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** Where the followed video's capture stands, or its analysis laid out as on the captures page, updated in place. */
export function FollowedAnalysis({
  record,
  result,
  now,
  onDownloadResult,
  onFindSimilar,
}: Omit<Props, 'followed' | 'onOpenCapture'> & { record: CaptureRecord; onFindSimilar: (query: string) => void }) {
  const similar = result.status === 'ready' ? similarQueryOf(result.result) : '';
  return (
    <section class="sc-card panel-analysis" aria-label={t('panel_analysis')} data-testid="panel-analysis">
      {similar && (
        <button type="button" class="sc-button panel-analysis__similar" onClick={() => onFindSimilar(similar)}>
          {t('panel_findSimilar')}
        </button>
      )}
      <ResultBody record={record} result={result} now={now} onDownloadResult={onDownloadResult} />
    </section>
  );
}
