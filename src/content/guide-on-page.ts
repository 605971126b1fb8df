// Everything the guide does on a court page: recognition, the report to the
// background, the pill, and the overlay when a step needs it. Imported by the
// gate (main.ts) once the page has loaded and the browser is idle, so none of
// it is compiled while the page loads.
import type { GuideCode } from '../guide/guide-code';
import { HELP_DESKS_FILE, type HelpDesksModule } from '../guide/help-desks-file';
import type { OverlayModule } from '../guide/overlay/render-overlay';
import { OVERLAY_FILE } from '../guide/overlay-file';
import { startGuide } from '../guide/start-guide';
import { extensionAlive } from '../platform/extension-alive';
import { importFromExtension } from '../platform/import-from-extension';
import { messagingBackend, messagingBackendWith } from './messaging-backend';

// The overlay's code comes only to a page that shows a step or the checklist,
// the help desks' only to one where the filer is stuck.
const guideCode: GuideCode = {
  overlay: () => importFromExtension<OverlayModule>(OVERLAY_FILE),
  helpDesks: () => importFromExtension<HelpDesksModule>(HELP_DESKS_FILE),
};

/** Starts the guide on this page; returns its stop. `settings`: the gate's early read of them. */
export function startGuideOnPage(settings?: Promise<Record<string, unknown>>): () => void {
  const backend = settings ? messagingBackendWith(settings) : messagingBackend;
  return startGuide(window, backend, guideCode, { alive: extensionAlive });
}
