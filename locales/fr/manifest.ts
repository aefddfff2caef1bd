import type { Translation } from '../../lib/i18n/catalog';
import type { manifest as english } from '../en/manifest';

export const manifest: Translation<typeof english> = {
  name: 'Sume Capture',
  description: 'Envoyez les vidéos TikTok et les Reels Instagram à l’analyse de références de Sume en un clic.',
  analyzeCommand: 'Analyser avec Sume la vidéo que vous regardez',
  openSidePanelCommand: 'Ouvrir le panneau latéral Sume',
  selectVideosCommand: 'Sélectionner des vidéos de cette grille pour les analyser ensemble',
};
