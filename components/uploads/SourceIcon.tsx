import type { UploadSource } from '@/lib/uploads/upload-record';
import { sourceLabel } from './upload-text';

/** 24×24 stroke outlines, drawn for this extension. */
const PATHS: Record<UploadSource, string> = {
  file: 'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8zM14 3v5h5',
  image: 'M5 4h14a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zM4 16l5-5 4 4 2-2 5 5M15.5 8.5h.01',
  video: 'M5 5h14a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zM10 9v6l5-3z',
  screenshot: 'M4 8V5a1 1 0 0 1 1-1h3M16 4h3a1 1 0 0 1 1 1v3M20 16v3a1 1 0 0 1-1 1h-3M8 20H5a1 1 0 0 1-1-1v-3M9 12h6',
  frame: 'M4 4h16v16H4zM8 4v16M16 4v16M4 8h4M4 12h4M4 16h4M16 8h4M16 12h4M16 16h4',
  moment: 'M4 5h16v11H4zM12 16v4M8 20h8M10 8.5v4l3.5-2z',
};

/** The icon of where an upload came from; its name is given by the text beside it or the title. */
export function SourceIcon({ source }: { source: UploadSource }) {
  return (
    <svg
      class="upl-icon"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      data-source={source}
    >
      <title>{sourceLabel(source)}</title>
      <path d={PATHS[source]} />
    </svg>
  );
}
