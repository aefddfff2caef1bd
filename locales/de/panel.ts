import type { Translation } from '../../lib/i18n/catalog';
import type { panel as english } from '../en/panel';

export const panel: Translation<typeof english> = {
  title: 'Sume-Seitenleiste',
  nowWatching: 'Gerade angesehen',
  notPlatform: 'Öffnen Sie TikTok oder Instagram in diesem Tab. Diese Leiste folgt dem Video, das Sie ansehen, und zeigt hier seine Analyse.',
  noVideo: 'Kein Video im Bild. Scrollen Sie zu einem, und diese Leiste folgt ihm.',
  looking: 'Dieser Tab wird gelesen…',
  fromPage: 'So beschreibt es die Seite',
  unverified: 'Sume Capture kann nicht bestätigen, dass dies das Video im Bild ist. Prüfen Sie den Link, bevor Sie analysieren.',
  notAnalyzed: 'Noch nicht analysiert.',
  openInCaptures: 'In den Aufnahmen öffnen',
  open: 'Seitenleiste',
  openTitle: 'Seitenleiste öffnen: Sie folgt dem Video, das Sie ansehen',
  analysis: 'Analyse des Videos im Bild',
  searchTitle: 'Asset-Bibliothek',
  searchLabel: 'Ihre Asset-Bibliothek durchsuchen',
  searchPlaceholder: 'Szenen, Hooks, Produkte…',
  searching: 'Wird gesucht…',
  searchResults: {
    one: '{count} Ergebnis für „{query}“',
    other: '{count} Ergebnisse für „{query}“',
  },
  searchEmpty: 'Nichts in Ihrer Asset-Bibliothek passt zu „{query}“.',
  searchMore: 'Weitere Ergebnisse',
  searchScore: 'Treffer {score}',
  searchWholeAsset: 'Ganzes Asset',
  openInSume: 'In Sume öffnen',
  findSimilar: 'Ähnliche Szenen finden',
};
