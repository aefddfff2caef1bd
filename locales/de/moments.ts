import type { Translation } from '../../lib/i18n/catalog';
import type { moments as english } from '../en/moments';

export const moments: Translation<typeof english> = {
  command: 'Einen Moment des Videos speichern',
  title: 'Momente',
  noteLabel: 'Notiz (optional)',
  notePlaceholder: 'Was passiert hier?',
  save: 'Moment speichern',
  saving: 'Wird gespeichert…',
  saved: 'Moment gespeichert. Er wird in deine Asset-Bibliothek hochgeladen.',
  noReel: 'Kein Reel, von dem ein Moment gespeichert werden kann: Öffne ein TikTok-Video oder ein Instagram-Reel, spiele es ab und speichere dann den Moment.',
  fileNameAt: 'Moment bei {time}',
  source: 'Moment',
  nameAt: 'Moment bei {time}',
  nameAtBy: 'Moment bei {time} — {creator}',
  openBoth: 'Moment bei {time}: Reel und sein Asset in Sume öffnen',
  openReel: 'Moment bei {time}: Reel öffnen',
  stripLabel: 'Momente dieses Reels',
  count: { one: '{count} Moment', other: '{count} Momente' },
  none: 'Noch keine Momente dieses Videos. Speichere einen während der Wiedergabe: Das Bild, seine Zeit und deine Notiz kommen in deine Asset-Bibliothek.',
  fromStart: 'Reels öffnen am Anfang: Links von TikTok und Instagram können nicht zu einer Zeit springen.',
  uploading: 'Wird hochgeladen',
  failed: 'Hochladen fehlgeschlagen',
  intro: 'Bilder, die du beim Ansehen festgehalten hast, unter dem Reel, zu dem sie gehören.',
  openReelLink: 'Reel öffnen',
  openForm: 'Einen Moment speichern',
  toastSaved: 'Moment gespeichert',
  notInFront:
    'Diese Website lässt die Pixel des Videos nicht lesen, und sein Tab ist nicht im Vordergrund, daher ist kein Screenshot möglich. Hole den Tab nach vorn und speichere erneut.',
  toastNotSaved: 'Moment nicht gespeichert',
  menu: 'Einen Moment dieses Videos speichern',
};
