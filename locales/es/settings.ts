import type { Translation } from '../../lib/i18n/catalog';
import type { settings as english } from '../en/settings';

export const settings: Translation<typeof english> = {
  pageTitle: 'Ajustes de Sume Capture',
  subtitle: 'Ajustes',
  connectionHeading: 'Conexión',
  buttonsHeading: 'Botón de Sume en los vídeos',
  buttonsHint: 'Muestra un botón de Sume en cada vídeo para enviarlo al análisis de referencias con un clic.',
  buttonsLegend: 'Mostrar el botón de Sume en los vídeos',
  creditsHeading: 'Créditos',
  askBeforeSpending: 'Preguntar antes de gastar créditos',
  askBeforeSpendingHint: 'Muestra los créditos que usa un análisis y los que te quedan antes de enviar. Con un reel que ya capturaste, siempre pregunta.',
  diagnosticsHeading: 'Diagnóstico',

  limitLabel: 'Límite de gasto sin preguntar',
  limitUnit: 'créditos por hora',
  limitInvalid: 'Introduce un número entero de 0 a {max}.',
  limitSpent: 'Gastado en la última hora: {credits}.',
  limitAppliesWhenAsking: 'Se aplica cuando desactivas «Preguntar antes de gastar créditos».',
  limitPastIt: 'Al superarlo, Sume Capture vuelve a preguntar antes de gastar.',

  connectionHelp:
    'Sume Capture se comunica con la API de Sume mediante la clave de API de tu espacio de trabajo. La clave se guarda en el almacenamiento de extensiones de este navegador y solo se envía a la dirección de la API (en Avanzado).',
  apiKeyLabel: 'Clave de API',
  apiKeyPlaceholder: 'sume_live_…',
  otherServer: 'Este es otro servidor: {host}. Tu clave guardada nunca se envía allí; pega la clave de ese servidor.',
  replaceKey: 'Reemplazar clave',
  forgetKey: 'Olvidar clave…',
  forgetQuestion: '¿Olvidar esta clave?',
  forgetExplanation:
    'Sume Capture se desconecta de tu espacio de trabajo. Las capturas pendientes de envío siguen en cola hasta que vuelvas a añadir una clave.',
  forgetConfirm: 'Olvidar la clave',
  forgetCancel: 'Conservar la clave',
  getKeyHint: 'Crea una en Sume → Ajustes → Claves de API: {link}. No se vuelve a mostrar completa.',
  getKeyLink: 'obtener una clave en Sume',
  advanced: 'Avanzado',
  baseUrlLabel: 'URL base de la API',
  useDefault: 'Usar la predeterminada ({url})',
  checking: 'Comprobando…',
  saveAndConnect: 'Guardar y conectar',
  keepCurrentKey: 'Conservar la clave actual',
  connected: 'Conectado',
  signedIn: 'Sesión iniciada como {user} en el espacio de trabajo {workspace}.',
  signedInCredits: 'Sesión iniciada como {user} en el espacio de trabajo {workspace} · {credits}.',
  userWithEmail: '{name} ({email})',
  backgroundFailed: 'Sume Capture no pudo iniciar su servicio en segundo plano. Vuelve a cargar la extensión.',

  welcomeTitle: 'Te damos la bienvenida a Sume Capture',
  welcomeIntro: 'Envía con un clic los vídeos de TikTok y los Reels de Instagram que ves al desplazarte al análisis de referencias de Sume.',
  welcomeKeyHeading: 'Consigue una clave de API de Sume',
  welcomeKeySteps: 'En Sume, abre Ajustes → Claves de API y crea una clave para Sume Capture. Cópiala: Sume solo la muestra una vez.',
  welcomeOpenApiKeys: 'Abrir las claves de API en Sume',
  welcomeConnectHeading: 'Conecta tu espacio de trabajo',
  welcomeTryHeading: 'Captura tu primer reel',
  welcomeTryWithShortcut:
    'Cada vídeo tiene un botón de Sume. Haz clic en él o usa el botón de la barra de herramientas, el menú contextual o {shortcut}. Sume pregunta antes de gastar créditos y te avisa cuando el análisis está listo.',
  welcomeTryWithoutShortcut:
    'Cada vídeo tiene un botón de Sume. Haz clic en él o usa el botón de la barra de herramientas, el menú contextual o un atajo de teclado (configúralo en los atajos de extensiones de tu navegador). Sume pregunta antes de gastar créditos y te avisa cuando el análisis está listo.',
  welcomeTryTikTok: 'Pruébalo en TikTok',
  welcomeTryInstagram: 'Pruébalo en Instagram Reels',
  welcomeConnectFirst: 'Conéctate primero y luego pruébalo: sin una clave, el botón solo puede pedirte que te conectes.',

  diagnosticsHelp:
    'Los problemas que encuentra Sume Capture se guardan aquí, solo en este equipo, con el ID de solicitud que dio Sume, para que puedas enviarlos al soporte. Las claves y los enlaces de subida nunca se registran.',
  copyReport: 'Copiar informe',
  clear: 'Borrar',
  reportCopied: 'Informe copiado. Pégalo en tu mensaje al soporte.',
  copyFailed: 'No se pudo copiar. Inténtalo de nuevo.',
  nothingWrong: 'No ha habido problemas últimamente.',
  latestEvents: {
    one: '{shown} evento de {count}, del más reciente al más antiguo',
    other: 'Últimos {shown} eventos de {count}, del más reciente al más antiguo',
  },
};
