import '@/lib/zod-jitless';
import { render } from 'preact';
import '@/components/theme.css';
import '../captures/captures.css';
import './batch.css';
import { App } from './App';
import { localizeDocument, t } from '@/lib/i18n/t';

localizeDocument();
document.title = t('batch_windowTitle');
render(<App token={new URLSearchParams(location.search).get('token')} />, document.getElementById('app')!);
