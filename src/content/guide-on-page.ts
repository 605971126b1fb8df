// Everything the guide does on a court page: recognition, the report to the
// background, the pill, and the overlay when a step needs it. Imported by the
// gate (main.ts) once the page has loaded and the browser is idle, so none of
// it is compiled while the page loads.
import type { LoadOverlay } from '../guide/mount-guide';
import type { OverlayModule } from '../guide/overlay/render-overlay';
import { OVERLAY_FILE } from '../guide/overlay-file';
import { startGuide } from '../guide/start-guide';
import { extensionAlive } from '../platform/extension-alive';
import { importFromExtension } from '../platform/import-from-extension';
import { messagingBackend } from './messaging-backend';

// The overlay's code comes only to a page that shows a step or the checklist.
const loadOverlay: LoadOverlay = () => importFromExtension<OverlayModule>(OVERLAY_FILE);

/** Starts the guide on this page; returns its stop. */
export function startGuideOnPage(): () => void {
  return startGuide(window, messagingBackend, loadOverlay, { alive: extensionAlive });
}
