import '@/lib/zod-jitless';
import { render } from 'preact';
import '@/components/theme.css';
import './options.css';
import { App } from './App';
import { localizeDocument, t } from '@/lib/i18n/t';

// The html <title> is the English fallback; the tab reads the person's language.
document.title = t('settings_pageTitle');

localizeDocument();
render(<App />, document.getElementById('app')!);
