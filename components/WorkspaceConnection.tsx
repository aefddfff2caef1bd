import { accountViewSchema } from '@/lib/account/account-view';
import { defaultBaseUrl } from '@/lib/build-config';
import type { AccountView } from '@/lib/messaging';
import { sendMessage } from '@/lib/messaging';
import { connect } from '@/lib/ui/connect';
import { ConnectionForm } from './ConnectionForm';
import { ErrorNotice } from './ErrorNotice';
import { t } from '@/lib/i18n/t';

interface Props {
  view: AccountView | null;
  setView: (view: AccountView) => void;
  /** The background did not answer when the page asked for the account. */
  failure: boolean;
}

/** The connection form as the settings and the welcome page show it, wired to the background. */
export function WorkspaceConnection({ view, setView, failure }: Props) {
  if (!view) {
    return failure ? <ErrorNotice error={{ kind: 'network', code: 'extension_error', message: t('settings_backgroundFailed') }} /> : null;
  }
  return (
    <ConnectionForm
      view={view}
      defaultBaseUrl={defaultBaseUrl()}
      onConnect={async (baseUrl, apiKey) => {
        const result = await connect(baseUrl, apiKey);
        if (result.ok) setView(result.view);
        return result;
      }}
      onForget={async () => setView(accountViewSchema.parse(await sendMessage('forgetKey')))}
    />
  );
}
