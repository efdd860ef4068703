import { render } from 'preact';
import { t, uiLanguage } from '@/lib/i18n';
import { WelcomeApp } from './App';
import '@/components/theme.css';
import '../options/style.css';

document.title = t('welcome_title');
document.documentElement.lang = uiLanguage();
render(<WelcomeApp />, document.getElementById('app') as HTMLElement);
