import type { Translation } from '../../lib/i18n/catalog';
import type { settings as english } from '../en/settings';

export const settings: Translation<typeof english> = {
  pageTitle: 'Configurações do Sume Capture',
  subtitle: 'Configurações',
  connectionHeading: 'Conexão',
  buttonsHeading: 'Botão do Sume nos vídeos',
  buttonsHint: 'Mostre um botão do Sume em cada vídeo para enviá-lo à análise de referências com um clique.',
  buttonsLegend: 'Mostrar o botão do Sume nos vídeos',
  creditsHeading: 'Créditos',
  askBeforeSpending: 'Perguntar antes de gastar créditos',
  askBeforeSpendingHint: 'Mostra os créditos que uma análise usa e quanto você ainda tem antes de enviar. Para um reel que você já capturou, sempre pergunta.',
  diagnosticsHeading: 'Diagnóstico',

  limitLabel: 'Limite de gasto sem perguntar',
  limitUnit: 'créditos por hora',
  limitInvalid: 'Digite um número inteiro de 0 a {max}.',
  limitSpent: 'Gasto na última hora: {credits}.',
  limitAppliesWhenAsking: 'Vale quando você desativa “Perguntar antes de gastar créditos”.',
  limitPastIt: 'Acima dele, o Sume Capture pergunta de novo antes de gastar.',

  connectionHelp:
    'O Sume Capture se comunica com a API do Sume usando a chave de API do seu espaço de trabalho. A chave fica no armazenamento de extensões deste navegador e só é enviada ao endereço da API (em Avançado).',
  apiKeyLabel: 'Chave de API',
  apiKeyPlaceholder: 'sume_live_…',
  otherServer: 'Este é outro servidor: {host}. Sua chave salva nunca é enviada para lá; cole a chave desse servidor.',
  replaceKey: 'Substituir chave',
  forgetKey: 'Esquecer chave…',
  forgetQuestion: 'Esquecer esta chave?',
  forgetExplanation: 'O Sume Capture se desconecta do seu espaço de trabalho. As capturas aguardando envio ficam na fila até você adicionar uma chave de novo.',
  forgetConfirm: 'Esquecer a chave',
  forgetCancel: 'Manter a chave',
  getKeyHint: 'Crie uma no Sume → Configurações → Chaves de API: {link}. Ela nunca mais é exibida por completo.',
  getKeyLink: 'obter uma chave no Sume',
  advanced: 'Avançado',
  baseUrlLabel: 'URL base da API',
  useDefault: 'Usar o padrão ({url})',
  checking: 'Verificando…',
  saveAndConnect: 'Salvar e conectar',
  keepCurrentKey: 'Manter a chave atual',
  connected: 'Conectado',
  signedIn: 'Conectado como {user} no espaço de trabalho {workspace}.',
  signedInCredits: 'Conectado como {user} no espaço de trabalho {workspace} · {credits}.',
  userWithEmail: '{name} ({email})',
  backgroundFailed: 'O Sume Capture não conseguiu iniciar o serviço em segundo plano. Recarregue a extensão.',

  welcomeTitle: 'Boas-vindas ao Sume Capture',
  welcomeIntro: 'Envie com um clique os vídeos do TikTok e os Reels do Instagram que aparecem no seu feed para a análise de referências do Sume.',
  welcomeKeyHeading: 'Gere uma chave de API no Sume',
  welcomeKeySteps: 'No Sume, abra Configurações → Chaves de API e crie uma chave para o Sume Capture. Copie-a: o Sume só a mostra uma vez.',
  welcomeOpenApiKeys: 'Abrir chaves de API no Sume',
  welcomeConnectHeading: 'Conecte seu espaço de trabalho',
  welcomeTryHeading: 'Capture seu primeiro reel',
  welcomeTryWithShortcut:
    'Todo vídeo ganha um botão do Sume. Clique nele ou use o botão da barra de ferramentas, o menu do botão direito ou {shortcut}. O Sume pergunta antes de gastar créditos e avisa quando a análise estiver pronta.',
  welcomeTryWithoutShortcut:
    'Todo vídeo ganha um botão do Sume. Clique nele ou use o botão da barra de ferramentas, o menu do botão direito ou um atalho de teclado (defina um nos atalhos de extensões do navegador). O Sume pergunta antes de gastar créditos e avisa quando a análise estiver pronta.',
  welcomeTryTikTok: 'Experimente no TikTok',
  welcomeTryInstagram: 'Experimente no Instagram Reels',
  welcomeConnectFirst: 'Conecte-se primeiro e depois experimente: sem uma chave, o botão só pode pedir que você se conecte.',

  diagnosticsHelp:
    'Os problemas que o Sume Capture encontra ficam guardados aqui, só neste computador, com o ID de solicitação informado pelo Sume, para você enviá-los ao suporte. Chaves e links de upload nunca são registrados.',
  copyReport: 'Copiar relatório',
  clear: 'Limpar',
  reportCopied: 'Relatório copiado. Cole-o na sua mensagem para o suporte.',
  copyFailed: 'Não foi possível copiar. Tente de novo.',
  nothingWrong: 'Nada deu errado recentemente.',
  latestEvents: {
    one: '{shown} evento de {count}, do mais recente ao mais antigo',
    other: 'Últimos {shown} eventos de {count}, do mais recente ao mais antigo',
  },
};
