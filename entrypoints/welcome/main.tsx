import { render } from 'preact';
import { applyLanguage, t } from '@/lib/i18n';
import { WelcomeApp } from './App';
import '@/components/theme.css';
import '../options/style.css';

document.title = t('welcome_title');
applyLanguage(document.documentElement);
render(<WelcomeApp />, document.getElementById('app') as HTMLElement);
