import type { Translation } from '../../lib/i18n/catalog';
import type { core as english } from '../en/core';

export const core: Translation<typeof english> = {
  credits: { one: '{count} crédit', other: '{count} crédits' },

  baseUrlEmpty: 'Saisissez l’URL de base de l’API.',
  baseUrlTooLong: 'Cette URL est trop longue.',
  baseUrlNotUrl: 'Ce n’est pas une URL. Exemple : https://www.sume.so/api/v1',
  baseUrlInsecure: 'L’API doit utiliser https:// (http:// simple uniquement pour 127.0.0.1 ou localhost).',
  baseUrlCredentials: 'Retirez le nom d’utilisateur ou le mot de passe de l’URL.',
  baseUrlQuery: 'Retirez de l’URL la requête (?…) ou le fragment (#…).',

  keyForOtherHost: 'Collez la clé API de {host} : votre clé enregistrée n’est envoyée qu’à l’adresse pour laquelle elle a été enregistrée.',
  keyMissing: 'Collez votre clé API Sume.',
  keyMalformed: 'Cela ne ressemble pas à une clé API : elle doit tenir en un seul mot, comme sume_live_….',
  permissionToUseApi: 'Autorisez Sume Capture à accéder à {origin} pour utiliser cette API.',
  permissionNeeded: 'Sume Capture a besoin de votre autorisation pour accéder à {origin}.',

  requestCancelled: 'Annulé.',
  requestTimedOut: 'Sume n’a pas répondu dans les {seconds} s.',
  unreachable: 'Impossible de joindre Sume à l’adresse {origin}. Vérifiez votre connexion.',
  connectionBroke: 'La connexion à Sume a été coupée pendant la lecture de sa réponse.',
  httpStatus: 'Sume a répondu HTTP {status}.',
  httpStatusWithText: 'Sume a répondu HTTP {status} : {text}.',
  answerNotJson: 'Sume a envoyé une réponse qui n’est pas du JSON ({operation}).',
  answerNotUnderstood: 'Sume a envoyé une réponse que cette version de Sume Capture ne comprend pas ({operation} : {fields}).',
  noApiKey: 'Ajoutez votre clé API Sume dans les paramètres de Sume Capture.',
  invalidJobId: 'Cet identifiant de tâche n’est pas valide.',
  invalidAssetId: 'Cet identifiant de ressource n’est pas valide.',
  jobNoResult: 'Sume n’a pas communiqué de résultat à temps.',

  uploadAddressNotUrl: 'Sume a envoyé une adresse d’import qui n’est pas une URL.',
  uploadAddressNotHttps: 'Sume a envoyé une adresse d’import qui n’est pas en https.',
  uploadLinkExpired: 'Le lien d’import a expiré ; il en faut un nouveau.',
  storageRefused: 'Le service de stockage a refusé l’import (HTTP {status}).',
  storageRedirected:
    'Le service de stockage a redirigé l’import ailleurs, il a donc été refusé. Réessayez ; si cela se reproduit, contactez l’assistance Sume.',
  uploadInterrupted: 'L’import a été interrompu. Une nouvelle tentative aura lieu.',
  uploadCancelled: 'Import annulé.',
  uploadBytesGone: 'Les données du fichier ne sont plus dans ce navigateur ; ajoutez-le à nouveau.',
  uploadStopped: 'L’import s’est arrêté de façon inattendue. Une nouvelle tentative aura lieu.',
  uploadLinkLost: 'Le lien d’import a été perdu ; un nouveau sera demandé.',

  fileEmpty: '«\u00a0{name}\u00a0» est vide.',
  fileNotMedia: '«\u00a0{name}\u00a0» n’est ni une image ni une vidéo ({type}).',
  unknownType: 'type inconnu',
  fileTooLarge: '«\u00a0{name}\u00a0» dépasse les {size} acceptés par Sume.',
  fileNotSaved: '«\u00a0{name}\u00a0» n’a pas pu être enregistré pour l’import ({reason}). Libérez de l’espace disque et réessayez.',
  sizeBytes: '{size} o',
  sizeKilobytes: '{size} Ko',
  sizeMegabytes: '{size} Mo',
  sizeGigabytes: '{size} Go',
  sizeTerabytes: '{size} To',

  mediaStreamed:
    'Le site diffuse cette vidéo en streaming : il n’y a donc aucun fichier à enregistrer. Utilisez plutôt «\u00a0{frame}\u00a0» ou «\u00a0{video}\u00a0».',
  mediaDownloadBlocked: 'Le site n’a pas laissé Sume Capture télécharger ce fichier.',
  mediaDownloadRefused: 'Le site a refusé le téléchargement (HTTP {status}).',
  mediaNotMedia: 'Ce n’est ni une image ni une vidéo ({type}).',

  frameNoVideo: 'Aucune vidéo n’est visible sur cette page.',
  frameNotLoaded: 'La vidéo n’a encore chargé aucune image : une capture d’écran en a donc été faite.',
  frameFromScreenshot: 'Ce site ne permet pas aux extensions de lire les pixels de la vidéo : l’image a donc été extraite d’une capture d’écran de la vidéo.',

  fileNameFrame: 'Image',
  fileNameFrameAt: 'Image {time}',
  fileNameScreenshot: 'Capture d’écran',
  fileNameVideoScreenshot: 'Capture de la vidéo',
  fileNameVideoScreenshotAt: 'Capture de la vidéo {time}',

  batchNoReason: 'Sume ne l’a pas accepté.',
  batchFailedOne: '{name} : {reason}',
  batchUploadFailed: 'Échec de l’import',
  batchSomeFailedTitle: { one: '{count} import sur {total} a échoué', other: '{count} imports sur {total} ont échoué' },
  batchSomeFailedBody: {
    one: '{name} : {reason} L’autre est dans votre Bibliothèque de ressources.',
    other: '{name} : {reason} Les {count} autres sont dans votre Bibliothèque de ressources.',
  },
  batchAllFailedTitle: { one: '{count} import a échoué', other: '{count} imports ont échoué' },
  batchAllFailedBody: '{name} : {reason} L’onglet «\u00a0{tab}\u00a0» indique la raison pour chacun.',
  batchAddedTitle: 'Ajouté à votre Bibliothèque de ressources',
  batchAddedBody: '{name} est dans Sume. Vous pourrez le rechercher une fois que Sume l’aura traité.',
  batchAllAddedTitle: {
    one: '{count} fichier ajouté à votre Bibliothèque de ressources',
    other: '{count} fichiers ajoutés à votre Bibliothèque de ressources',
  },
  batchAllAddedBody: {
    one: '{name} et {count} autre sont dans Sume. Vous pourrez les rechercher une fois que Sume les aura traités.',
    other: '{name} et {count} autres sont dans Sume. Vous pourrez les rechercher une fois que Sume les aura traités.',
  },

  backgroundNoAnswer: 'Le service d’arrière-plan de Sume Capture n’a pas répondu.',
  backgroundNoAnswerReload: 'Le service d’arrière-plan de Sume Capture n’a pas répondu. Rechargez l’extension et réessayez.',
  backgroundNoAnswerRetry: 'Le service d’arrière-plan de Sume Capture n’a pas répondu. Réessayez.',
  noAnswerRetry: 'Sume Capture n’a pas répondu. Réessayez.',
  uploadsNoAnswer: '{reason} Si rien n’apparaît dans la liste, rechargez l’extension et réessayez.',
};
