import { render } from 'preact';
import '@/components/theme.css';
import '@/components/spend-confirmation.css';
import './confirm.css';
import { openTokenInbox } from '@/lib/ui/token-inbox';
import { App } from './App';
import { localizeDocument } from '@/lib/i18n/t';

// Listening before the first render: the token is posted as soon as the frame has loaded.
const inbox = openTokenInbox();
localizeDocument();
render(<App inbox={inbox} />, document.getElementById('app')!);
