// The real guide, run on the practice pages: the same recognition, overlay and
// hints as on a court page, told the address of the page each look-alike
// imitates, and answered by the practice backend instead of the background.
import { bundledGuideCode } from '../guide/bundled-guide-code';
import { startGuide } from '../guide/start-guide';
import type { PracticeBackend } from './practice-backend';
import { currentUrl } from './practice-session';
import type { PracticeStore } from './practice-store';

/** Starts the guide over the page now shown. Call it once the page is drawn. Returns the cleanup. */
export function startPracticeGuide(
  window: Window,
  store: PracticeStore,
  backend: PracticeBackend,
): () => void {
  return startGuide(window, backend, bundledGuideCode, {
    url: () => currentUrl(store.get()),
    cookiesBlocked: () => store.get().variant === 'cookies-blocked',
  });
}
