import type { Translation } from '../../lib/i18n/catalog';
import type { panel as english } from '../en/panel';

export const panel: Translation<typeof english> = {
  title: 'Panel lateral de Sume',
  nowWatching: 'Viendo ahora',
  notPlatform: 'Abre TikTok o Instagram en esta pestaña. Este panel sigue el vídeo que ves y muestra aquí su análisis.',
  noVideo: 'No hay ningún vídeo en pantalla. Desplázate hasta uno y este panel lo seguirá.',
  looking: 'Mirando esta pestaña…',
  fromPage: 'Tal como lo describe la página',
  unverified: 'Sume Capture no puede confirmar que este sea el vídeo en pantalla. Comprueba el enlace antes de analizar.',
  notAnalyzed: 'Aún no analizado.',
  openInCaptures: 'Abrir en capturas',
  open: 'Panel lateral',
  openTitle: 'Abrir el panel lateral: sigue el vídeo que ves',
  analysis: 'Análisis del vídeo en pantalla',
  searchTitle: 'Biblioteca de recursos',
  searchLabel: 'Buscar en tu Biblioteca de recursos',
  searchPlaceholder: 'Escenas, ganchos, productos…',
  searching: 'Buscando…',
  searchResults: {
    one: '{count} resultado para «{query}»',
    other: '{count} resultados para «{query}»',
  },
  searchEmpty: 'Nada en tu Biblioteca de recursos coincide con «{query}».',
  searchMore: 'Más resultados',
  searchScore: 'Coincidencia {score}',
  searchWholeAsset: 'Recurso completo',
  openInSume: 'Abrir en Sume',
  findSimilar: 'Buscar escenas parecidas',
};
