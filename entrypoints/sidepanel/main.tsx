import '@/lib/zod-jitless';
import { render } from 'preact';
import '@/components/theme.css';
import '@/components/spend-confirmation.css';
import '../popup/popup.css';
import '../captures/captures.css';
import '@/components/uploads/uploads.css';
import './sidepanel.css';
import { App } from './App';
import { localizeDocument, t } from '@/lib/i18n/t';

document.title = t('panel_title');
localizeDocument();
render(<App />, document.getElementById('app')!);
