import type { Translation } from '../../lib/i18n/catalog';
import type { settings as english } from '../en/settings';

export const settings: Translation<typeof english> = {
  pageTitle: 'Sume Capture – Einstellungen',
  subtitle: 'Einstellungen',
  connectionHeading: 'Verbindung',
  buttonsHeading: 'Sume-Button auf Videos',
  buttonsHint: 'Zeigt auf jedem Video einen Sume-Button, der es mit einem Klick an die Referenzanalyse sendet.',
  buttonsLegend: 'Sume-Button auf Videos anzeigen',
  creditsHeading: 'Credits',
  askBeforeSpending: 'Vor dem Ausgeben von Credits fragen',
  askBeforeSpendingHint:
    'Zeigt vor dem Senden, wie viele Credits eine Analyse kostet und wie viele Ihnen bleiben. Bei einem bereits erfassten Reel wird immer gefragt.',
  diagnosticsHeading: 'Diagnose',

  limitLabel: 'Ausgabelimit ohne Nachfrage',
  limitUnit: 'Credits pro Stunde',
  limitInvalid: 'Geben Sie eine ganze Zahl von 0 bis {max} ein.',
  limitSpent: 'In der letzten Stunde ausgegeben: {credits}.',
  limitAppliesWhenAsking: 'Gilt, wenn Sie „Vor dem Ausgeben von Credits fragen“ ausschalten.',
  limitPastIt: 'Darüber fragt Sume Capture vor dem Ausgeben erneut nach.',

  connectionHelp:
    'Sume Capture kommuniziert mit der Sume-API über den API-Schlüssel Ihres Arbeitsbereichs. Der Schlüssel bleibt im Erweiterungsspeicher dieses Browsers und wird nur an die API-Adresse gesendet (unter „Erweitert“).',
  apiKeyLabel: 'API-Schlüssel',
  apiKeyPlaceholder: 'sume_live_…',
  otherServer: 'Das ist ein anderer Server: {host}. Ihr gespeicherter Schlüssel wird nie dorthin gesendet; fügen Sie den Schlüssel für diesen Server ein.',
  replaceKey: 'Schlüssel ersetzen',
  forgetKey: 'Schlüssel entfernen…',
  forgetQuestion: 'Diesen Schlüssel entfernen?',
  forgetExplanation:
    'Sume Capture trennt die Verbindung zu Ihrem Arbeitsbereich. Erfassungen, die auf das Senden warten, bleiben in der Warteschlange, bis Sie wieder einen Schlüssel hinzufügen.',
  forgetConfirm: 'Schlüssel entfernen',
  forgetCancel: 'Schlüssel behalten',
  getKeyHint: 'Erstellen Sie einen in Sume unter Einstellungen → API-Schlüssel: {link}. Er wird danach nie wieder vollständig angezeigt.',
  getKeyLink: 'Schlüssel in Sume holen',
  advanced: 'Erweitert',
  baseUrlLabel: 'API-Basis-URL',
  useDefault: 'Standard verwenden ({url})',
  checking: 'Wird geprüft…',
  saveAndConnect: 'Speichern und verbinden',
  keepCurrentKey: 'Aktuellen Schlüssel behalten',
  connected: 'Verbunden',
  signedIn: 'Angemeldet als {user} im Arbeitsbereich {workspace}.',
  signedInCredits: 'Angemeldet als {user} im Arbeitsbereich {workspace} · {credits}.',
  userWithEmail: '{name} ({email})',
  backgroundFailed: 'Sume Capture konnte seinen Hintergrunddienst nicht starten. Laden Sie die Erweiterung neu.',

  welcomeTitle: 'Willkommen bei Sume Capture',
  welcomeIntro: 'Senden Sie TikTok-Videos und Instagram Reels, an denen Sie vorbeiscrollen, mit einem Klick an die Referenzanalyse von Sume.',
  welcomeKeyHeading: 'API-Schlüssel von Sume holen',
  welcomeKeySteps:
    'Öffnen Sie in Sume Einstellungen → API-Schlüssel und erstellen Sie einen Schlüssel für Sume Capture. Kopieren Sie ihn: Sume zeigt ihn nur einmal an.',
  welcomeOpenApiKeys: 'API-Schlüssel in Sume öffnen',
  welcomeConnectHeading: 'Arbeitsbereich verbinden',
  welcomeTryHeading: 'Erstes Reel erfassen',
  welcomeTryWithShortcut:
    'Jedes Video erhält einen Sume-Button. Klicken Sie darauf oder nutzen Sie den Button in der Symbolleiste, das Kontextmenü oder {shortcut}. Sume fragt, bevor Credits ausgegeben werden, und meldet sich, wenn die Analyse fertig ist.',
  welcomeTryWithoutShortcut:
    'Jedes Video erhält einen Sume-Button. Klicken Sie darauf oder nutzen Sie den Button in der Symbolleiste, das Kontextmenü oder ein Tastenkürzel (festzulegen unter den Tastenkürzeln für Erweiterungen in Ihrem Browser). Sume fragt, bevor Credits ausgegeben werden, und meldet sich, wenn die Analyse fertig ist.',
  welcomeTryTikTok: 'Auf TikTok ausprobieren',
  welcomeTryInstagram: 'Auf Instagram Reels ausprobieren',
  welcomeConnectFirst: 'Verbinden Sie sich zuerst, dann probieren Sie es aus: Ohne Schlüssel kann der Button Sie nur bitten, sich zu verbinden.',

  diagnosticsHelp:
    'Probleme, auf die Sume Capture stößt, werden hier gespeichert – nur auf diesem Computer und mit der Anfrage-ID von Sume –, damit Sie sie an den Support senden können. Schlüssel und Upload-Links werden nie aufgezeichnet.',
  copyReport: 'Bericht kopieren',
  clear: 'Leeren',
  reportCopied: 'Bericht kopiert. Fügen Sie ihn in Ihre Nachricht an den Support ein.',
  copyFailed: 'Kopieren fehlgeschlagen. Bitte erneut versuchen.',
  nothingWrong: 'In letzter Zeit ist nichts schiefgelaufen.',
  latestEvents: {
    one: '{shown} Ereignis von {count}, neuestes zuerst',
    other: 'Letzte {shown} von {count} Ereignissen, neueste zuerst',
  },
};
