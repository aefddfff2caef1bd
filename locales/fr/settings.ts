import type { Translation } from '../../lib/i18n/catalog';
import type { settings as english } from '../en/settings';

export const settings: Translation<typeof english> = {
  pageTitle: 'Paramètres de Sume Capture',
  subtitle: 'Paramètres',
  connectionHeading: 'Connexion',
  buttonsHeading: 'Bouton Sume sur les vidéos',
  buttonsHint: 'Affichez un bouton Sume sur chaque vidéo pour l’envoyer en un clic à l’analyse de références.',
  buttonsLegend: 'Afficher le bouton Sume sur les vidéos',
  creditsHeading: 'Crédits',
  askBeforeSpending: 'Demander avant de dépenser des crédits',
  askBeforeSpendingHint:
    'Affiche les crédits utilisés par une analyse et votre solde avant l’envoi. Pour un reel déjà capturé, la question est toujours posée.',
  diagnosticsHeading: 'Diagnostic',

  limitLabel: 'Limite de dépense sans confirmation',
  limitUnit: 'crédits par heure',
  limitInvalid: 'Saisissez un nombre entier de 0 à {max}.',
  limitSpent: 'Dépensé au cours de la dernière heure\u00a0: {credits}.',
  limitAppliesWhenAsking: 'S’applique quand vous désactivez «\u00a0Demander avant de dépenser des crédits\u00a0».',
  limitPastIt: 'Au-delà, Sume Capture redemande avant de dépenser.',

  connectionHelp:
    'Sume Capture communique avec l’API Sume à l’aide de la clé API de votre espace de travail. La clé reste dans le stockage des extensions de ce navigateur et n’est envoyée qu’à l’adresse de l’API (sous Avancé).',
  apiKeyLabel: 'Clé API',
  apiKeyPlaceholder: 'sume_live_…',
  otherServer: 'Il s’agit d’un autre serveur\u00a0: {host}. Votre clé enregistrée n’y est jamais envoyée\u00a0; collez la clé de ce serveur.',
  replaceKey: 'Remplacer la clé',
  forgetKey: 'Oublier la clé…',
  forgetQuestion: 'Oublier cette clé\u00a0?',
  forgetExplanation:
    'Sume Capture se déconnecte de votre espace de travail. Les captures en attente d’envoi restent en file d’attente jusqu’à ce que vous ajoutiez une nouvelle clé.',
  forgetConfirm: 'Oublier la clé',
  forgetCancel: 'Garder la clé',
  getKeyHint: 'Créez-en une dans Sume → Paramètres → Clés API\u00a0: {link}. Elle ne sera plus jamais affichée en entier.',
  getKeyLink: 'obtenir une clé dans Sume',
  advanced: 'Avancé',
  baseUrlLabel: 'URL de base de l’API',
  useDefault: 'Utiliser l’adresse par défaut ({url})',
  checking: 'Vérification…',
  saveAndConnect: 'Enregistrer et connecter',
  keepCurrentKey: 'Garder la clé actuelle',
  connected: 'Connecté',
  signedIn: 'Connecté en tant que {user} dans l’espace de travail {workspace}.',
  signedInCredits: 'Connecté en tant que {user} dans l’espace de travail {workspace} · {credits}.',
  userWithEmail: '{name} ({email})',
  backgroundFailed: 'Sume Capture n’a pas pu démarrer son service en arrière-plan. Rechargez l’extension.',

  welcomeTitle: 'Bienvenue dans Sume Capture',
  welcomeIntro: 'Envoyez en un clic à l’analyse de références de Sume les vidéos TikTok et les Reels Instagram qui défilent sous vos yeux.',
  welcomeKeyHeading: 'Obtenez une clé API dans Sume',
  welcomeKeySteps: 'Dans Sume, ouvrez Paramètres → Clés API et créez une clé pour Sume Capture. Copiez-la\u00a0: Sume ne l’affiche qu’une fois.',
  welcomeOpenApiKeys: 'Ouvrir les clés API dans Sume',
  welcomeConnectHeading: 'Connectez votre espace de travail',
  welcomeTryHeading: 'Capturez votre premier reel',
  welcomeTryWithShortcut:
    'Chaque vidéo reçoit un bouton Sume. Cliquez dessus, ou utilisez le bouton de la barre d’outils, le menu contextuel ou {shortcut}. Sume demande avant de dépenser des crédits et vous prévient quand l’analyse est prête.',
  welcomeTryWithoutShortcut:
    'Chaque vidéo reçoit un bouton Sume. Cliquez dessus, ou utilisez le bouton de la barre d’outils, le menu contextuel ou un raccourci clavier (à définir dans les raccourcis d’extensions de votre navigateur). Sume demande avant de dépenser des crédits et vous prévient quand l’analyse est prête.',
  welcomeTryTikTok: 'Essayer sur TikTok',
  welcomeTryInstagram: 'Essayer sur Instagram Reels',
  welcomeConnectFirst: 'Connectez-vous d’abord, puis essayez\u00a0: sans clé, le bouton peut seulement vous demander de vous connecter.',

  diagnosticsHelp:
    'Les problèmes rencontrés par Sume Capture sont conservés ici, sur cet ordinateur uniquement, avec l’identifiant de requête fourni par Sume, pour que vous puissiez les envoyer au support. Les clés et les liens d’envoi ne sont jamais enregistrés.',
  copyReport: 'Copier le rapport',
  clear: 'Effacer',
  reportCopied: 'Rapport copié. Collez-le dans votre message au support.',
  copyFailed: 'Impossible de copier. Réessayez.',
  nothingWrong: 'Aucun problème récemment.',
  latestEvents: {
    one: '{shown} événement sur {count}, du plus récent au plus ancien',
    other: '{shown} derniers événements sur {count}, du plus récent au plus ancien',
  },
};
