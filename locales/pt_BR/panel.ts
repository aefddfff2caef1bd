import type { Translation } from '../../lib/i18n/catalog';
import type { panel as english } from '../en/panel';

export const panel: Translation<typeof english> = {
  title: 'Painel lateral da Sume',
  nowWatching: 'Assistindo agora',
  notPlatform: 'Abra o TikTok ou o Instagram nesta aba. Este painel acompanha o vídeo que você assiste e mostra a análise dele aqui.',
  noVideo: 'Nenhum vídeo na tela. Role até um e este painel vai acompanhá-lo.',
  looking: 'Lendo esta aba…',
  fromPage: 'Como a página o descreve',
  unverified: 'O Sume Capture não consegue confirmar que este é o vídeo na tela. Confira o link antes de analisar.',
  notAnalyzed: 'Ainda não analisado.',
  openInCaptures: 'Abrir nas capturas',
  open: 'Painel lateral',
  openTitle: 'Abrir o painel lateral: ele acompanha o vídeo que você assiste',
  analysis: 'Análise do vídeo na tela',
  searchTitle: 'Biblioteca de recursos',
  searchLabel: 'Buscar na sua Biblioteca de recursos',
  searchPlaceholder: 'Cenas, ganchos, produtos…',
  searching: 'Buscando…',
  searchResults: {
    one: '{count} resultado para “{query}”',
    other: '{count} resultados para “{query}”',
  },
  searchEmpty: 'Nada na sua Biblioteca de recursos corresponde a “{query}”.',
  searchMore: 'Mais resultados',
  searchScore: 'Correspondência {score}',
  searchWholeAsset: 'Recurso inteiro',
  openInSume: 'Abrir na Sume',
  findSimilar: 'Encontrar cenas parecidas',
};
