import { startGuide } from '../guide/start-guide';
import { messagingBackend } from './messaging-backend';

// One guide per page load; a page restored from the back/forward cache starts again.
let stop = startGuide(window, messagingBackend);
window.addEventListener('pagehide', () => stop());
window.addEventListener('pageshow', (event) => {
  if (event.persisted) stop = startGuide(window, messagingBackend);
});
