import { useState } from 'preact/hooks';
import type { CaptureName } from '@/lib/captures/capture-name';

/**
 * The poster the page showed (from the platform's own media host, checked when it was kept), or,
 * when there is none or it no longer loads (posters expire), the platform's colour and initial.
 */
export function CaptureThumb({ name }: { name: CaptureName }) {
  const [failed, setFailed] = useState(false);
  if (name.poster && !failed) {
    return <img class="cap-thumb" src={name.poster} alt="" loading="lazy" referrerpolicy="no-referrer" onError={() => setFailed(true)} />;
  }
  return (
    <span class={`cap-thumb cap-thumb--${(name.platform ?? 'video').toLowerCase()}`} aria-hidden="true">
      {name.platform === 'TikTok' ? 'T' : name.platform === 'Instagram' ? 'I' : '▶'}
    </span>
  );
}
