import '@/lib/zod-jitless';
import { render } from 'preact';
import '@/components/theme.css';
import '@/components/spend-confirmation.css';
import './popup.css';
import { App } from './App';
import { localizeDocument } from '@/lib/i18n/t';

localizeDocument();
render(<App />, document.getElementById('app')!);
