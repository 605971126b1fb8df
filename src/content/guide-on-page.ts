import type { LoadOverlay } from '../guide/mount-guide';
import type { OverlayModule } from '../guide/overlay/render-overlay';
import { OVERLAY_FILE } from '../guide/overlay-file';
import { startGuide } from '../guide/start-guide';
import { extensionAlive } from '../platform/extension-alive';
import { importFromExtension } from '../platform/import-from-extension';
import { afterPageLoad } from './after-page-load';
import { isCourtPage } from './court-page-gate';
import { messagingBackend } from './messaging-backend';

// Recognition and reporting run on every court page; the overlay's code comes
// only to a page that shows a step or the checklist.
const loadOverlay: LoadOverlay = () => importFromExtension<OverlayModule>(OVERLAY_FILE);

const start = (): (() => void) => {
  let stopGuide = (): void => undefined;
  const cancel = afterPageLoad(window, () => {
    stopGuide = startGuide(window, messagingBackend, loadOverlay, { alive: extensionAlive });
  });
  return () => {
    cancel();
    stopGuide();
  };
};

// One guide per page load; a page restored from the back/forward cache starts again.
if (isCourtPage(window.location.href)) {
  let stop = start();
  window.addEventListener('pagehide', () => stop());
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) stop = start();
  });
}
