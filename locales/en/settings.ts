/** The settings page, the welcome page and the workspace connection. */
export const settings = {
  /** The settings page's browser tab title. */
  pageTitle: 'Sume Capture settings',
  /** Under the extension's name at the top of the settings page. */
  subtitle: 'Settings',
  connectionHeading: 'Connection',
  buttonsHeading: 'Sume button on videos',
  buttonsHint: 'Show a Sume button on every video so one click sends it to Reference Analysis.',
  /** For screen readers: the group of on/off switches, one per platform. */
  buttonsLegend: 'Show the Sume button on videos',
  creditsHeading: 'Credits',
  /** A switch; `limitAppliesWhenAsking` quotes it. */
  askBeforeSpending: 'Ask before spending credits',
  askBeforeSpendingHint: 'Show the credits an analysis uses and what you have left before sending. A reel you already captured always asks.',
  diagnosticsHeading: 'Diagnostics',

  /** The label of a number field: how many credits may be spent per hour without asking. */
  limitLabel: 'Spending limit without asking',
  /** After the number field: "[20] credits per hour". */
  limitUnit: 'credits per hour',
  /** {max}: the highest limit allowed (100,000). */
  limitInvalid: 'Enter a whole number from 0 to {max}.',
  /** {credits}: e.g. "12 credits". */
  limitSpent: 'Spent in the last hour: {credits}.',
  /** Quotes the `askBeforeSpending` switch: use the same words. */
  limitAppliesWhenAsking: 'Applies when you turn off “Ask before spending credits”.',
  /** "It": the spending limit. */
  limitPastIt: 'Past it, Sume Capture asks again before spending.',

  connectionHelp:
    'Sume Capture talks to the Sume API with your workspace’s API key. The key stays in this browser’s extension storage and is sent only to the API address (under Advanced).',
  apiKeyLabel: 'API key',
  /** How a Sume API key begins: keep as is. */
  apiKeyPlaceholder: 'sume_live_…',
  /** {host}: the other server's address, e.g. "api.example.com". */
  otherServer: 'This is another server: {host}. Your saved key is never sent there; paste the key for it.',
  replaceKey: 'Replace key',
  /** Button: removes the saved API key (asks first). */
  forgetKey: 'Forget key…',
  forgetQuestion: 'Forget this key?',
  forgetExplanation: 'Sume Capture disconnects from your workspace. Captures waiting to be sent stay queued until you add a key again.',
  forgetConfirm: 'Forget the key',
  forgetCancel: 'Keep the key',
  /** {link}: a link whose text is `getKeyLink`. "Settings → API keys" is where in Sume. */
  getKeyHint: 'Create one in Sume → Settings → API keys: {link}. It is never shown in full again.',
  getKeyLink: 'get a key in Sume',
  /** A section that opens: the API address. */
  advanced: 'Advanced',
  baseUrlLabel: 'API base URL',
  /** {url}: the default API address. */
  useDefault: 'Use the default ({url})',
  checking: 'Checking…',
  saveAndConnect: 'Save and connect',
  keepCurrentKey: 'Keep the current key',
  connected: 'Connected',
  /** {user}: the person's name (with `userWithEmail` when there is an e-mail address); {workspace}: the workspace's name. */
  signedIn: 'Signed in as {user} in workspace {workspace}.',
  /** As `signedIn`, then {credits}: what is left, e.g. "1,200 credits". */
  signedInCredits: 'Signed in as {user} in workspace {workspace} · {credits}.',
  userWithEmail: '{name} ({email})',
  backgroundFailed: 'Sume Capture could not start its background service. Reload the extension.',

  /** The welcome page's heading and browser tab title. */
  welcomeTitle: 'Welcome to Sume Capture',
  welcomeIntro: 'Send the TikTok videos and Instagram Reels you scroll past to Sume’s Reference Analysis in one click.',
  welcomeKeyHeading: 'Get an API key from Sume',
  /** "Settings → API keys": where in Sume. */
  welcomeKeySteps: 'In Sume, open Settings → API keys and create a key for Sume Capture. Copy it: Sume shows it once.',
  welcomeOpenApiKeys: 'Open API keys in Sume',
  welcomeConnectHeading: 'Connect your workspace',
  welcomeTryHeading: 'Capture your first reel',
  /** {shortcut}: the keyboard shortcut the browser has for the extension, e.g. "Alt+Shift+S". */
  welcomeTryWithShortcut:
    'Every video gets a Sume button. Click it, or use the toolbar button, the right-click menu or {shortcut}. Sume asks before spending credits, and tells you when the analysis is ready.',
  /** As `welcomeTryWithShortcut`, when no shortcut is set. */
  welcomeTryWithoutShortcut:
    'Every video gets a Sume button. Click it, or use the toolbar button, the right-click menu or a keyboard shortcut (set one in your browser’s extension shortcuts). Sume asks before spending credits, and tells you when the analysis is ready.',
  welcomeTryTikTok: 'Try it on TikTok',
  welcomeTryInstagram: 'Try it on Instagram Reels',
  welcomeConnectFirst: 'Connect first, then try it: without a key the button can only ask you to connect.',

  diagnosticsHelp:
    'Problems Sume Capture runs into are kept here, on this computer only, with the request id Sume gave, so you can send them to support. Keys and upload links are never written down.',
  copyReport: 'Copy report',
  /** Button: empties the list of problems. */
  clear: 'Clear',
  reportCopied: 'Report copied. Paste it into your message to support.',
  copyFailed: 'Could not copy. Try again.',
  nothingWrong: 'Nothing has gone wrong lately.',
  /** For screen readers: the list of problems. {shown}: how many are listed (at most 20); {count}: how many there are. {shown} is 1 only when {count} is. */
  latestEvents: { one: 'Latest {shown} of {count} event, newest first', other: 'Latest {shown} of {count} events, newest first' },
} as const;
