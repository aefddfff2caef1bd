import '@/lib/zod-jitless';
import { render } from 'preact';
import '@/components/theme.css';
import '../options/options.css';
import './welcome.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
