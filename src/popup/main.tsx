// First, so that storage and the tab are asked before the rest is evaluated.
import { ASKED_ON_OPEN } from './asked-on-open';
import { render } from 'preact';
import { t } from '../platform/i18n';
import { loadPopup } from './load-overview';
import { PopupContainer } from './popup-container';
import '../page-styles/extension-page.css';
import './popup.css';

const firstLoad = loadPopup(ASKED_ON_OPEN);
document.documentElement.lang = t('ui_language');
document.title = t('extName');
const root = document.getElementById('app');
if (root) render(<PopupContainer firstLoad={firstLoad} />, root);
