import type { GuideCode } from './guide-code';

/**
 * The guide's lazily loaded code as chunks of the page's own bundle: for
 * extension pages (the practice court) and tests. The content script loads
 * the built files instead, and must not import this, or the overlay and the
 * help desks would be on every court page.
 */
export const bundledGuideCode: GuideCode = {
  overlay: () => import('./overlay/render-overlay'),
  helpDesks: () => import('../flows/court-help-desks'),
};
