import type { Translation } from '../../lib/i18n/catalog';
import type { moments as english } from '../en/moments';

export const moments: Translation<typeof english> = {
  command: 'Salvar um momento do vídeo',
  title: 'Momentos',
  noteLabel: 'Nota (opcional)',
  notePlaceholder: 'O que acontece aqui?',
  save: 'Salvar momento',
  saving: 'Salvando…',
  saved: 'Momento salvo. Ele está sendo enviado para sua Biblioteca de ativos.',
  noReel: 'Nenhum reel para salvar um momento: abra um vídeo do TikTok ou um reel do Instagram, reproduza e salve o momento.',
  fileNameAt: 'Momento em {time}',
  source: 'Momento',
  nameAt: 'Momento em {time}',
  nameAtBy: 'Momento em {time} — {creator}',
  openBoth: 'Momento em {time}: abrir o reel e o ativo no Sume',
  openReel: 'Momento em {time}: abrir o reel',
  stripLabel: 'Momentos deste reel',
  count: { one: '{count} momento', other: '{count} momentos' },
  none: 'Ainda não há momentos deste vídeo. Salve um enquanto ele toca: o quadro, o tempo e sua nota vão para sua Biblioteca de ativos.',
  fromStart: 'Os reels abrem do início: links do TikTok e do Instagram não conseguem pular para um tempo.',
  uploading: 'Enviando',
  failed: 'Falha no envio',
  intro: 'Quadros que você guardou enquanto assistia, sob o reel a que pertencem.',
  openReelLink: 'Abrir reel',
  openForm: 'Salvar um momento',
  toastSaved: 'Momento salvo',
  notInFront:
    'Este site não permite ler os pixels do vídeo e a aba dele não está na frente, então não é possível capturar a tela. Traga a aba para a frente e salve de novo.',
  toastNotSaved: 'Momento não salvo',
  menu: 'Salvar um momento deste vídeo',
};
