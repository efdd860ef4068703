import { render } from 'preact';
import { t, uiLanguage } from '@/lib/i18n';
import { OptionsApp } from './App';
import '@/components/theme.css';
import './style.css';

document.title = t('options_title');
document.documentElement.lang = uiLanguage();
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
