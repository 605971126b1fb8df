// Evaluated first of the popup's code (main.tsx's first import): see first-reads.ts.
import { askBrowser } from './first-reads';

export const ASKED_ON_OPEN = askBrowser();
