import type { LoadOverlay } from './mount-guide';

/**
 * The overlay as a chunk of the page's own bundle: for extension pages (the
 * practice court) and tests. The content script loads the built file instead,
 * and must not import this, or the overlay would be on every court page.
 */
export const loadBundledOverlay: LoadOverlay = () => import('./overlay/render-overlay');
