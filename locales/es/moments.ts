import type { Translation } from '../../lib/i18n/catalog';
import type { moments as english } from '../en/moments';

export const moments: Translation<typeof english> = {
  command: 'Guardar un momento del vídeo',
  title: 'Momentos',
  noteLabel: 'Nota (opcional)',
  notePlaceholder: '¿Qué pasa aquí?',
  save: 'Guardar momento',
  saving: 'Guardando…',
  saved: 'Momento guardado. Se está subiendo a tu Biblioteca de recursos.',
  noReel: 'No hay ningún reel del que guardar un momento: abre un vídeo de TikTok o un reel de Instagram, reprodúcelo y guarda el momento.',
  fileNameAt: 'Momento en {time}',
  source: 'Momento',
  nameAt: 'Momento en {time}',
  nameAtBy: 'Momento en {time} — {creator}',
  openBoth: 'Momento en {time}: abrir el reel y su recurso en Sume',
  openReel: 'Momento en {time}: abrir el reel',
  stripLabel: 'Momentos de este reel',
  count: { one: '{count} momento', other: '{count} momentos' },
  none: 'Aún no hay momentos de este vídeo. Guarda uno mientras se reproduce: el fotograma, su tiempo y tu nota van a tu Biblioteca de recursos.',
  fromStart: 'Los reels se abren desde el principio: los enlaces de TikTok e Instagram no pueden saltar a un momento.',
  uploading: 'Subiendo',
  failed: 'Error al subir',
  intro: 'Fotogramas que guardaste mientras mirabas, bajo el reel al que pertenecen.',
  openReelLink: 'Abrir reel',
  openForm: 'Guardar un momento',
  toastSaved: 'Momento guardado',
  notInFront:
    'Este sitio no deja leer los píxeles del vídeo y su pestaña no está delante, así que no se puede hacer una captura. Trae la pestaña al frente y vuelve a guardar.',
  toastNotSaved: 'Momento no guardado',
  menu: 'Guardar un momento de este vídeo',
};
