import type { Translation } from '../../lib/i18n/catalog';
import type { manifest as english } from '../en/manifest';

export const manifest: Translation<typeof english> = {
  name: 'Sume Capture',
  description: 'Envie vídeos do TikTok e Reels do Instagram para a análise de referências da Sume com um clique.',
  analyzeCommand: 'Analisar com a Sume o vídeo que você está assistindo',
  openSidePanelCommand: 'Abrir o painel lateral da Sume',
  selectVideosCommand: 'Selecionar vídeos desta grade para analisar juntos',
};
