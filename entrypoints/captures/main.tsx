import '@/lib/zod-jitless';
import { render } from 'preact';
import '@/components/theme.css';
import './captures.css';
import { App } from './App';
import { t } from '../../lib/i18n/t';
import { localizeDocument } from '@/lib/i18n/t';

document.title = t('captures_pageTitle');

localizeDocument();
render(<App />, document.getElementById('app')!);
