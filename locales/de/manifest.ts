import type { Translation } from '../../lib/i18n/catalog';
import type { manifest as english } from '../en/manifest';

export const manifest: Translation<typeof english> = {
  name: 'Sume Capture',
  description: 'Senden Sie TikTok-Videos und Instagram-Reels mit einem Klick an die Referenzanalyse von Sume.',
  analyzeCommand: 'Das Video, das Sie gerade ansehen, mit Sume analysieren',
  openSidePanelCommand: 'Die Sume-Seitenleiste öffnen',
  selectVideosCommand: 'Videos in diesem Raster auswählen, um sie gemeinsam zu analysieren',
};
