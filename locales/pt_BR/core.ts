import type { Translation } from '../../lib/i18n/catalog';
import type { core as english } from '../en/core';

export const core: Translation<typeof english> = {
  credits: { one: '{count} crédito', other: '{count} créditos' },

  baseUrlEmpty: 'Informe a URL base da API.',
  baseUrlTooLong: 'Essa URL é longa demais.',
  baseUrlNotUrl: 'Isso não é uma URL. Exemplo: https://www.sume.so/api/v1',
  baseUrlInsecure: 'A API precisa usar https:// (http:// simples só para 127.0.0.1 ou localhost).',
  baseUrlCredentials: 'Remova o nome de usuário ou a senha da URL.',
  baseUrlQuery: 'Remova da URL a consulta (?…) ou o fragmento (#…).',

  keyForOtherHost: 'Cole a chave de API de {host}: sua chave salva só é enviada ao endereço para o qual foi salva.',
  keyMissing: 'Cole sua chave de API da Sume.',
  keyMalformed: 'Isso não parece uma chave de API: ela deve ser uma única palavra, como sume_live_….',
  permissionToUseApi: 'Permita que o Sume Capture acesse {origin} para usar esta API.',
  permissionNeeded: 'O Sume Capture precisa da sua permissão para acessar {origin}.',

  requestCancelled: 'Cancelado.',
  requestTimedOut: 'A Sume não respondeu em {seconds} s.',
  unreachable: 'Não foi possível acessar a Sume em {origin}. Verifique sua conexão.',
  connectionBroke: 'A conexão com a Sume caiu durante a leitura da resposta.',
  httpStatus: 'A Sume respondeu HTTP {status}.',
  httpStatusWithText: 'A Sume respondeu HTTP {status}: {text}.',
  answerNotJson: 'A Sume enviou uma resposta que não é JSON ({operation}).',
  answerNotUnderstood: 'A Sume enviou uma resposta que esta versão do Sume Capture não entende ({operation}: {fields}).',
  noApiKey: 'Adicione sua chave de API da Sume nas configurações do Sume Capture.',
  invalidJobId: 'Esse ID de tarefa não é válido.',
  invalidAssetId: 'Esse ID de recurso não é válido.',
  jobNoResult: 'A Sume não informou um resultado a tempo.',

  uploadAddressNotUrl: 'A Sume enviou um endereço de upload que não é uma URL.',
  uploadAddressNotHttps: 'A Sume enviou um endereço de upload que não usa https.',
  uploadLinkExpired: 'O link de upload expirou; é preciso um novo.',
  storageRefused: 'O serviço de armazenamento recusou o upload (HTTP {status}).',
  storageRedirected:
    'O serviço de armazenamento redirecionou o upload para outro lugar, então ele foi recusado. Tente de novo; se continuar acontecendo, fale com o suporte da Sume.',
  uploadInterrupted: 'O upload foi interrompido. Uma nova tentativa será feita.',
  uploadCancelled: 'Upload cancelado.',
  uploadBytesGone: 'Os dados do arquivo não estão mais neste navegador; adicione-o de novo.',
  uploadStopped: 'O upload parou inesperadamente. Uma nova tentativa será feita.',
  uploadLinkLost: 'O link de upload se perdeu; um novo será solicitado.',

  fileEmpty: '“{name}” está vazio.',
  fileNotMedia: '“{name}” não é uma imagem nem um vídeo ({type}).',
  unknownType: 'tipo desconhecido',
  fileTooLarge: '“{name}” é maior que os {size} que a Sume aceita.',
  fileNotSaved: 'Não foi possível salvar “{name}” para upload ({reason}). Libere espaço em disco e tente de novo.',
  sizeBytes: '{size} B',
  sizeKilobytes: '{size} KB',
  sizeMegabytes: '{size} MB',
  sizeGigabytes: '{size} GB',
  sizeTerabytes: '{size} TB',

  mediaStreamed: 'O site transmite este vídeo por streaming, então não há arquivo para salvar. Use “{frame}” ou “{video}”.',
  mediaDownloadBlocked: 'O site não deixou o Sume Capture baixar este arquivo.',
  mediaDownloadRefused: 'O site recusou o download (HTTP {status}).',
  mediaNotMedia: 'Isso não é uma imagem nem um vídeo ({type}).',

  frameNoVideo: 'Nenhum vídeo está visível nesta página.',
  frameNotLoaded: 'O vídeo ainda não carregou nenhum quadro, então foi feita uma captura de tela dele.',
  frameFromScreenshot: 'Este site não deixa extensões lerem os pixels do vídeo, então o quadro foi tirado de uma captura de tela do vídeo.',

  fileNameFrame: 'Quadro',
  fileNameFrameAt: 'Quadro {time}',
  fileNameScreenshot: 'Captura de tela',
  fileNameVideoScreenshot: 'Captura do vídeo',
  fileNameVideoScreenshotAt: 'Captura do vídeo {time}',

  batchNoReason: 'A Sume não o aceitou.',
  batchFailedOne: '{name}: {reason}',
  batchUploadFailed: 'Falha no upload',
  batchSomeFailedTitle: { one: '{count} de {total} uploads falhou', other: '{count} de {total} uploads falharam' },
  batchSomeFailedBody: {
    one: '{name}: {reason} O outro está na sua Biblioteca de recursos.',
    other: '{name}: {reason} Os outros {count} estão na sua Biblioteca de recursos.',
  },
  batchAllFailedTitle: { one: '{count} upload falhou', other: '{count} uploads falharam' },
  batchAllFailedBody: '{name}: {reason} A aba “{tab}” mostra o motivo de cada um.',
  batchAddedTitle: 'Adicionado à sua Biblioteca de recursos',
  batchAddedBody: '{name} está na Sume. Você poderá pesquisá-lo assim que a Sume o processar.',
  batchAllAddedTitle: { one: '{count} arquivo adicionado à sua Biblioteca de recursos', other: '{count} arquivos adicionados à sua Biblioteca de recursos' },
  batchAllAddedBody: {
    one: '{name} e mais {count} estão na Sume. Você poderá pesquisá-los assim que a Sume os processar.',
    other: '{name} e mais {count} estão na Sume. Você poderá pesquisá-los assim que a Sume os processar.',
  },

  backgroundNoAnswer: 'O serviço em segundo plano do Sume Capture não respondeu.',
  backgroundNoAnswerReload: 'O serviço em segundo plano do Sume Capture não respondeu. Recarregue a extensão e tente de novo.',
  backgroundNoAnswerRetry: 'O serviço em segundo plano do Sume Capture não respondeu. Tente de novo.',
  noAnswerRetry: 'O Sume Capture não respondeu. Tente de novo.',
  uploadsNoAnswer: '{reason} Se nada aparecer na lista, recarregue a extensão e tente de novo.',
};
