import { render } from 'preact';
import { applyLanguage } from '@/lib/i18n';
import { App } from './App';
import '@/components/theme.css';
import './style.css';

applyLanguage(document.documentElement);
render(<App />, document.getElementById('app') as HTMLElement);
