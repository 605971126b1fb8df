/**
 * Where the build puts guide-on-page.ts in dist/: web-accessible to court
 * pages only (under Chromium's dynamic ID), and imported by the gate.
 */
export const GUIDE_FILE = 'content/guide.js';

/** What the gate finds in GUIDE_FILE. */
export interface GuideOnPageModule {
  startGuideOnPage(settings?: Promise<Record<string, unknown>>): () => void;
}
