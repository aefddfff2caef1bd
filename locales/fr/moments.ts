import type { Translation } from '../../lib/i18n/catalog';
import type { moments as english } from '../en/moments';

export const moments: Translation<typeof english> = {
  command: 'Enregistrer un moment de la vidéo',
  title: 'Moments',
  noteLabel: 'Note (facultative)',
  notePlaceholder: 'Que se passe-t-il ici ?',
  save: 'Enregistrer le moment',
  saving: 'Enregistrement…',
  saved: 'Moment enregistré. Il est en cours d’envoi vers votre Bibliothèque de ressources.',
  noReel: 'Aucun reel dont enregistrer un moment : ouvrez une vidéo TikTok ou un reel Instagram, lancez-le, puis enregistrez le moment.',
  fileNameAt: 'Moment à {time}',
  source: 'Moment',
  nameAt: 'Moment à {time}',
  nameAtBy: 'Moment à {time} — {creator}',
  openBoth: 'Moment à {time} : ouvrir le reel et sa ressource dans Sume',
  openReel: 'Moment à {time} : ouvrir le reel',
  stripLabel: 'Moments de ce reel',
  count: { one: '{count} moment', other: '{count} moments' },
  none: 'Aucun moment de cette vidéo pour l’instant. Enregistrez-en un pendant la lecture : l’image, son instant et votre note vont dans votre Bibliothèque de ressources.',
  fromStart: 'Les reels s’ouvrent au début : les liens TikTok et Instagram ne peuvent pas sauter à un instant.',
  uploading: 'Envoi en cours',
  failed: 'Échec de l’envoi',
  intro: 'Les images gardées pendant le visionnage, sous le reel auquel elles appartiennent.',
  openReelLink: 'Ouvrir le reel',
  openForm: 'Enregistrer un moment',
  toastSaved: 'Moment enregistré',
  notInFront:
    'Ce site ne permet pas de lire les pixels de la vidéo et son onglet n’est pas au premier plan : aucune capture d’écran n’est possible. Affichez l’onglet et enregistrez à nouveau.',
  toastNotSaved: 'Moment non enregistré',
  menu: 'Garder un moment de cette vidéo',
};
