import type { Translation } from '../../lib/i18n/catalog';
import type { core as english } from '../en/core';

export const core: Translation<typeof english> = {
  credits: { one: '{count} crédito', other: '{count} créditos' },

  baseUrlEmpty: 'Introduce la URL base de la API.',
  baseUrlTooLong: 'Esa URL es demasiado larga.',
  baseUrlNotUrl: 'Eso no es una URL. Ejemplo: https://www.sume.so/api/v1',
  baseUrlInsecure: 'La API debe usar https:// (http:// sin cifrar solo para 127.0.0.1 o localhost).',
  baseUrlCredentials: 'Quita el nombre de usuario o la contraseña de la URL.',
  baseUrlQuery: 'Quita de la URL la consulta (?…) o el fragmento (#…).',

  keyForOtherHost: 'Pega la clave de API de {host}: tu clave guardada solo se envía a la dirección para la que se guardó.',
  keyMissing: 'Pega tu clave de API de Sume.',
  keyMalformed: 'Eso no parece una clave de API: debería ser una sola palabra, como sume_live_….',
  permissionToUseApi: 'Permite que Sume Capture acceda a {origin} para usar esta API.',
  permissionNeeded: 'Sume Capture necesita tu permiso para acceder a {origin}.',

  requestCancelled: 'Cancelado.',
  requestTimedOut: 'Sume no respondió en {seconds} s.',
  unreachable: 'No se pudo conectar con Sume en {origin}. Comprueba tu conexión.',
  connectionBroke: 'La conexión con Sume se cortó mientras se leía su respuesta.',
  httpStatus: 'Sume respondió HTTP {status}.',
  httpStatusWithText: 'Sume respondió HTTP {status}: {text}.',
  answerNotJson: 'Sume envió una respuesta que no es JSON ({operation}).',
  answerNotUnderstood: 'Sume envió una respuesta que esta versión de Sume Capture no entiende ({operation}: {fields}).',
  noApiKey: 'Añade tu clave de API de Sume en los ajustes de Sume Capture.',
  invalidJobId: 'Ese ID de trabajo no es válido.',
  invalidAssetId: 'Ese ID de recurso no es válido.',
  jobNoResult: 'Sume no informó de ningún resultado a tiempo.',

  uploadAddressNotUrl: 'Sume envió una dirección de subida que no es una URL.',
  uploadAddressNotHttps: 'Sume envió una dirección de subida que no usa https.',
  uploadLinkExpired: 'El enlace de subida caducó; hace falta uno nuevo.',
  storageRefused: 'El servicio de almacenamiento rechazó la subida (HTTP {status}).',
  storageRedirected:
    'El servicio de almacenamiento redirigió la subida a otro sitio, así que se rechazó. Vuelve a intentarlo; si sigue pasando, contacta con el soporte de Sume.',
  uploadInterrupted: 'La subida se interrumpió. Se volverá a intentar.',
  uploadCancelled: 'Subida cancelada.',
  uploadBytesGone: 'Los datos del archivo ya no están en este navegador; vuelve a añadirlo.',
  uploadStopped: 'La subida se detuvo de forma inesperada. Se volverá a intentar.',
  uploadLinkLost: 'Se perdió el enlace de subida; se pedirá uno nuevo.',

  fileEmpty: '«{name}» está vacío.',
  fileNotMedia: '«{name}» no es una imagen ni un vídeo ({type}).',
  unknownType: 'tipo desconocido',
  fileTooLarge: '«{name}» supera los {size} que acepta Sume.',
  fileNotSaved: 'No se pudo guardar «{name}» para subirlo ({reason}). Libera espacio en el disco y vuelve a intentarlo.',
  sizeBytes: '{size} B',
  sizeKilobytes: '{size} KB',
  sizeMegabytes: '{size} MB',
  sizeGigabytes: '{size} GB',
  sizeTerabytes: '{size} TB',

  mediaStreamed: 'El sitio emite este vídeo en streaming, así que no hay ningún archivo que guardar. Usa «{frame}» o «{video}».',
  mediaDownloadBlocked: 'El sitio no permitió que Sume Capture descargara este archivo.',
  mediaDownloadRefused: 'El sitio rechazó la descarga (HTTP {status}).',
  mediaNotMedia: 'Eso no es una imagen ni un vídeo ({type}).',

  frameNoVideo: 'No hay ningún vídeo visible en esta página.',
  frameNotLoaded: 'El vídeo aún no ha cargado ningún fotograma, así que se hizo una captura de pantalla.',
  frameFromScreenshot: 'Este sitio no deja que las extensiones lean los píxeles del vídeo, así que el fotograma se tomó de una captura de pantalla del vídeo.',

  fileNameFrame: 'Fotograma',
  fileNameFrameAt: 'Fotograma {time}',
  fileNameScreenshot: 'Captura de pantalla',
  fileNameVideoScreenshot: 'Captura del vídeo',
  fileNameVideoScreenshotAt: 'Captura del vídeo {time}',

  batchNoReason: 'Sume no lo aceptó.',
  batchFailedOne: '{name}: {reason}',
  batchUploadFailed: 'La subida falló',
  batchSomeFailedTitle: { one: 'Falló {count} de {total} subidas', other: 'Fallaron {count} de {total} subidas' },
  batchSomeFailedBody: {
    one: '{name}: {reason} La otra está en tu Biblioteca de recursos.',
    other: '{name}: {reason} Las otras {count} están en tu Biblioteca de recursos.',
  },
  batchAllFailedTitle: { one: 'Falló {count} subida', other: 'Fallaron {count} subidas' },
  batchAllFailedBody: '{name}: {reason} En la pestaña «{tab}» verás el motivo de cada una.',
  batchAddedTitle: 'Añadido a tu Biblioteca de recursos',
  batchAddedBody: '{name} está en Sume. Podrás buscarlo cuando Sume lo haya procesado.',
  batchAllAddedTitle: { one: '{count} archivo añadido a tu Biblioteca de recursos', other: '{count} archivos añadidos a tu Biblioteca de recursos' },
  batchAllAddedBody: {
    one: '{name} y {count} más están en Sume. Podrás buscarlos cuando Sume los haya procesado.',
    other: '{name} y {count} más están en Sume. Podrás buscarlos cuando Sume los haya procesado.',
  },

  backgroundNoAnswer: 'El servicio en segundo plano de Sume Capture no respondió.',
  backgroundNoAnswerReload: 'El servicio en segundo plano de Sume Capture no respondió. Recarga la extensión y vuelve a intentarlo.',
  backgroundNoAnswerRetry: 'El servicio en segundo plano de Sume Capture no respondió. Vuelve a intentarlo.',
  noAnswerRetry: 'Sume Capture no respondió. Vuelve a intentarlo.',
  uploadsNoAnswer: '{reason} Si no aparece nada en la lista, recarga la extensión y vuelve a intentarlo.',
};
