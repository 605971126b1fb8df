import type { helpDeskOf } from '../flows/court-help-desks';

/**
 * Where the build puts the help desks (flows/court-help-desks.ts and the phones
 * of all 188 courts) in dist/: web-accessible to court pages only, and imported
 * by the guide only when a filer is stuck, so that the overlay does not carry them.
 */
export const HELP_DESKS_FILE = 'content/help-desks.js';

/** What the guide finds in HELP_DESKS_FILE. */
export interface HelpDesksModule {
  readonly helpDeskOf: typeof helpDeskOf;
}
