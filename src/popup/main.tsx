import { render } from 'preact';
import { PopupContainer } from './popup-container';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<PopupContainer />, root);
