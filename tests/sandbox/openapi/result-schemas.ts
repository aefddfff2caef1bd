import { arr, num, obj, str, uri } from './builders';
import type { Schema } from './types';

/** Job result payloads. Results may grow fields: clients must accept unknown ones. */

const span = { start_seconds: num(), end_seconds: num() };

export const resultSchemas: Record<string, Schema> = {
  ReferenceAnalysisResult: obj(
    {
      summary: str(),
      hook: obj({ text: str(), ...span }),
      scenes: arr(obj({ ...span, description: str(), shot_type: str() })),
      transcript: arr(obj({ ...span, text: str() })),
      on_screen_text: arr(obj({ start_seconds: num(), text: str() })),
      cta: obj({ text: str(), type: str() }),
      format: str(),
      pacing: obj({ cuts_per_minute: num() }),
      audio: obj({ type: str(), track: str() }),
      duration_seconds: num(),
      platform: str(),
      source_url: uri(),
    },
    ['duration_seconds', 'platform', 'source_url'],
    true,
  ),
  AssetIngestResult: obj({ asset_id: str(), status: str() }, [], true),
};
