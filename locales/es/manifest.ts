import type { Translation } from '../../lib/i18n/catalog';
import type { manifest as english } from '../en/manifest';

export const manifest: Translation<typeof english> = {
  name: 'Sume Capture',
  description: 'Envía vídeos de TikTok y Reels de Instagram al análisis de referencias de Sume con un clic.',
  analyzeCommand: 'Analizar con Sume el vídeo que estás viendo',
  openSidePanelCommand: 'Abrir el panel lateral de Sume',
  selectVideosCommand: 'Seleccionar vídeos de esta cuadrícula para analizarlos juntos',
};
