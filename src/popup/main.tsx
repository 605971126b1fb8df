import { render } from 'preact';
import { t } from '../platform/i18n';
import { loadPopup } from './load-overview';
import { PopupContainer } from './popup-container';
import '../page-styles/extension-page.css';
import './popup.css';

const firstLoad = loadPopup();
document.documentElement.lang = t('ui_language');
document.title = t('extName');
const root = document.getElementById('app');
if (root) render(<PopupContainer firstLoad={firstLoad} />, root);
