import type { Translation } from '../../lib/i18n/catalog';
import type { core as english } from '../en/core';

export const core: Translation<typeof english> = {
  credits: { one: '{count} Credit', other: '{count} Credits' },

  baseUrlEmpty: 'Geben Sie die Basis-URL der API ein.',
  baseUrlTooLong: 'Diese URL ist zu lang.',
  baseUrlNotUrl: 'Das ist keine URL. Beispiel: https://www.sume.so/api/v1',
  baseUrlInsecure: 'Die API muss https:// verwenden (einfaches http:// nur für 127.0.0.1 oder localhost).',
  baseUrlCredentials: 'Entfernen Sie Benutzername oder Passwort aus der URL.',
  baseUrlQuery: 'Entfernen Sie die Abfrage (?…) oder das Fragment (#…) aus der URL.',

  keyForOtherHost: 'Fügen Sie den API-Schlüssel für {host} ein: Ihr gespeicherter Schlüssel wird nur an die Adresse gesendet, für die er gespeichert wurde.',
  keyMissing: 'Fügen Sie Ihren Sume-API-Schlüssel ein.',
  keyMalformed: 'Das sieht nicht nach einem API-Schlüssel aus: Er sollte ein einziges Wort sein, etwa sume_live_….',
  permissionToUseApi: 'Erlauben Sie Sume Capture den Zugriff auf {origin}, um diese API zu nutzen.',
  permissionNeeded: 'Sume Capture braucht Ihre Erlaubnis für den Zugriff auf {origin}.',

  requestCancelled: 'Abgebrochen.',
  requestTimedOut: 'Sume hat nicht innerhalb von {seconds} s geantwortet.',
  unreachable: 'Sume ist unter {origin} nicht erreichbar. Prüfen Sie Ihre Verbindung.',
  connectionBroke: 'Die Verbindung zu Sume brach ab, während die Antwort gelesen wurde.',
  httpStatus: 'Sume antwortete mit HTTP {status}.',
  httpStatusWithText: 'Sume antwortete mit HTTP {status}: {text}.',
  answerNotJson: 'Sume hat eine Antwort gesendet, die kein JSON ist ({operation}).',
  answerNotUnderstood: 'Sume hat eine Antwort gesendet, die diese Version von Sume Capture nicht versteht ({operation}: {fields}).',
  noApiKey: 'Fügen Sie Ihren Sume-API-Schlüssel in den Einstellungen von Sume Capture hinzu.',
  invalidJobId: 'Diese Job-ID ist ungültig.',
  invalidAssetId: 'Diese Asset-ID ist ungültig.',
  jobNoResult: 'Sume hat nicht rechtzeitig ein Ergebnis gemeldet.',

  uploadAddressNotUrl: 'Sume hat eine Upload-Adresse gesendet, die keine URL ist.',
  uploadAddressNotHttps: 'Sume hat eine Upload-Adresse ohne https gesendet.',
  uploadLinkExpired: 'Der Upload-Link ist abgelaufen; ein neuer wird benötigt.',
  storageRefused: 'Der Speicherdienst hat den Upload abgelehnt (HTTP {status}).',
  storageRedirected:
    'Der Speicherdienst hat den Upload an eine andere Adresse umgeleitet, daher wurde er abgelehnt. Versuchen Sie es erneut; passiert das wieder, wenden Sie sich an den Sume-Support.',
  uploadInterrupted: 'Der Upload wurde unterbrochen. Er wird erneut versucht.',
  uploadCancelled: 'Upload abgebrochen.',
  uploadBytesGone: 'Die Daten der Datei sind in diesem Browser nicht mehr vorhanden; fügen Sie sie erneut hinzu.',
  uploadStopped: 'Der Upload wurde unerwartet beendet. Er wird erneut versucht.',
  uploadLinkLost: 'Der Upload-Link ging verloren; ein neuer wird angefordert.',

  fileEmpty: '„{name}“ ist leer.',
  fileNotMedia: '„{name}“ ist weder ein Bild noch ein Video ({type}).',
  unknownType: 'unbekannter Typ',
  fileTooLarge: '„{name}“ ist größer als die {size}, die Sume annimmt.',
  fileNotSaved: '„{name}“ konnte nicht für den Upload gespeichert werden ({reason}). Geben Sie Speicherplatz frei und versuchen Sie es erneut.',
  sizeBytes: '{size} B',
  sizeKilobytes: '{size} KB',
  sizeMegabytes: '{size} MB',
  sizeGigabytes: '{size} GB',
  sizeTerabytes: '{size} TB',

  mediaStreamed: 'Die Website streamt dieses Video, daher gibt es keine Datei zum Speichern. Verwenden Sie stattdessen „{frame}“ oder „{video}“.',
  mediaDownloadBlocked: 'Die Website hat Sume Capture das Herunterladen dieser Datei nicht erlaubt.',
  mediaDownloadRefused: 'Die Website hat den Download abgelehnt (HTTP {status}).',
  mediaNotMedia: 'Das ist weder ein Bild noch ein Video ({type}).',

  frameNoVideo: 'Auf dieser Seite ist kein Video zu sehen.',
  frameNotLoaded: 'Das Video hat noch kein Bild geladen, daher wurde ein Screenshot davon erstellt.',
  frameFromScreenshot: 'Diese Website lässt Erweiterungen die Pixel des Videos nicht lesen, daher stammt das Einzelbild aus einem Screenshot des Videos.',

  fileNameFrame: 'Einzelbild',
  fileNameFrameAt: 'Einzelbild {time}',
  fileNameScreenshot: 'Screenshot',
  fileNameVideoScreenshot: 'Video-Screenshot',
  fileNameVideoScreenshotAt: 'Video-Screenshot {time}',

  batchNoReason: 'Sume hat die Datei nicht angenommen.',
  batchFailedOne: '{name}: {reason}',
  batchUploadFailed: 'Upload fehlgeschlagen',
  batchSomeFailedTitle: { one: '{count} von {total} Uploads fehlgeschlagen', other: '{count} von {total} Uploads fehlgeschlagen' },
  batchSomeFailedBody: {
    one: '{name}: {reason} Die andere Datei ist in Ihrer Asset-Bibliothek.',
    other: '{name}: {reason} Die anderen {count} sind in Ihrer Asset-Bibliothek.',
  },
  batchAllFailedTitle: { one: '{count} Upload fehlgeschlagen', other: '{count} Uploads fehlgeschlagen' },
  batchAllFailedBody: '{name}: {reason} Im Tab „{tab}“ steht der Grund für jeden einzelnen.',
  batchAddedTitle: 'Zu Ihrer Asset-Bibliothek hinzugefügt',
  batchAddedBody: '{name} ist in Sume. Die Datei ist durchsuchbar, sobald Sume sie verarbeitet hat.',
  batchAllAddedTitle: { one: '{count} Datei zu Ihrer Asset-Bibliothek hinzugefügt', other: '{count} Dateien zu Ihrer Asset-Bibliothek hinzugefügt' },
  batchAllAddedBody: {
    one: '{name} und {count} weitere Datei sind in Sume. Sie sind durchsuchbar, sobald Sume sie verarbeitet hat.',
    other: '{name} und {count} weitere Dateien sind in Sume. Sie sind durchsuchbar, sobald Sume sie verarbeitet hat.',
  },

  backgroundNoAnswer: 'Der Hintergrunddienst von Sume Capture hat nicht geantwortet.',
  backgroundNoAnswerReload: 'Der Hintergrunddienst von Sume Capture hat nicht geantwortet. Laden Sie die Erweiterung neu und versuchen Sie es erneut.',
  backgroundNoAnswerRetry: 'Der Hintergrunddienst von Sume Capture hat nicht geantwortet. Versuchen Sie es erneut.',
  noAnswerRetry: 'Sume Capture hat nicht geantwortet. Versuchen Sie es erneut.',
  uploadsNoAnswer: '{reason} Erscheint nichts in der Liste, laden Sie die Erweiterung neu und versuchen Sie es erneut.',
};
