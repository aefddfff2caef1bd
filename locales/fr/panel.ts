import type { Translation } from '../../lib/i18n/catalog';
import type { panel as english } from '../en/panel';

export const panel: Translation<typeof english> = {
  title: 'Panneau latéral Sume',
  nowWatching: 'En cours de visionnage',
  notPlatform: 'Ouvrez TikTok ou Instagram dans cet onglet. Ce panneau suit la vidéo que vous regardez et en affiche ici l’analyse.',
  noVideo: 'Aucune vidéo à l’écran. Faites défiler jusqu’à l’une d’elles et ce panneau la suivra.',
  looking: 'Lecture de cet onglet…',
  fromPage: 'Telle que la page la décrit',
  unverified: 'Sume Capture ne peut pas confirmer qu’il s’agit de la vidéo à l’écran. Vérifiez le lien avant d’analyser.',
  notAnalyzed: 'Pas encore analysée.',
  openInCaptures: 'Ouvrir dans les captures',
  open: 'Panneau latéral',
  openTitle: 'Ouvrir le panneau latéral : il suit la vidéo que vous regardez',
  analysis: 'Analyse de la vidéo à l’écran',
  searchTitle: 'Bibliothèque de ressources',
  searchLabel: 'Rechercher dans votre Bibliothèque de ressources',
  searchPlaceholder: 'Scènes, accroches, produits…',
  searching: 'Recherche…',
  searchResults: {
    one: '{count} résultat pour « {query} »',
    other: '{count} résultats pour « {query} »',
  },
  searchEmpty: 'Rien dans votre Bibliothèque de ressources ne correspond à « {query} ».',
  searchMore: 'Plus de résultats',
  searchScore: 'Correspondance {score}',
  searchWholeAsset: 'Ressource entière',
  openInSume: 'Ouvrir dans Sume',
  findSimilar: 'Trouver des scènes similaires',
};
