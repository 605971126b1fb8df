import { render } from 'preact';
import { t } from '../platform/i18n';
import { OptionsContainer } from './options-container';
import '../page-styles/extension-page.css';
import './options.css';

document.documentElement.lang = t('ui_language');
document.title = t('options_title');
const root = document.getElementById('app');
if (root) render(<OptionsContainer />, root);
