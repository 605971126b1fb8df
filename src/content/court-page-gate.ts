import { classifyHost } from '../detection/classify-host';

/**
 * Whether the content script may run on this page at all. The manifest's
 * match pattern allows any port and its globs match across the host
 * (`https://ecf.mnd.uscourts.gov:8443/x/.uscourts.gov/…` passes both), so the
 * script itself checks the URL the way recognition does: a court host on the
 * default port. Anything else gets no guide, no report and no status.
 */
export function isCourtPage(href: string): boolean {
  try {
    return classifyHost(new URL(href)) !== null;
  } catch {
    return false;
  }
}
