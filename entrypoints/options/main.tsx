import { render } from 'preact';
import { applyLanguage, t } from '@/lib/i18n';
import { OptionsApp } from './App';
import '@/components/theme.css';
import './style.css';

document.title = t('options_title');
applyLanguage(document.documentElement);
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
