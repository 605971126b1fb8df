import { render } from 'preact';
import { OptionsContainer } from './options-container';
import './options.css';

const root = document.getElementById('app');
if (root) render(<OptionsContainer />, root);
