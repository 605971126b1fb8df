import type { HelpDesksModule } from './help-desks-file';
import type { OverlayModule } from './overlay/render-overlay';

/** Fetches the overlay code: a file on court pages, a bundled chunk elsewhere. */
export type LoadOverlay = () => Promise<OverlayModule>;

/** Fetches the help desks' lookup, the same way. */
export type LoadHelpDesks = () => Promise<HelpDesksModule>;

/**
 * The guide's code that a page gets only once it needs it: the overlay for a
 * step or the checklist, the help desks only where the filer is stuck. On
 * court pages each is a file of the extension (content/guide-on-page.ts);
 * on the practice court and in tests, a chunk of the page's own bundle
 * (bundled-guide-code.ts).
 */
export interface GuideCode {
  readonly overlay: LoadOverlay;
  readonly helpDesks: LoadHelpDesks;
}
