// Who may send each message. A court page (the content script beside a
// court's own page, which that page's scripts can reach) reports what it sees
// and works the guide; only the extension's own pages, the popup and the
// options page, change statuses by hand, import them or read them all. The
// practice court answers its guide itself and sends none of these.
import type { MessageName, RequestOf } from './protocol';

export type SenderKind = 'court-page' | 'extension-page';

/** The court a court page's message acts on and, for a report, whether the page is a training site. */
export interface PageClaim {
  readonly court: string | null;
  readonly training?: boolean;
}

export interface SenderRule<N extends MessageName> {
  readonly from: readonly SenderKind[];
  /** What the request says about the court page it came from, checked against the page's host. */
  readonly claim?: (request: RequestOf<N>) => PageClaim;
}

const COURT_PAGE: readonly SenderKind[] = ['court-page'];
const EXTENSION_PAGE: readonly SenderKind[] = ['extension-page'];
const BOTH: readonly SenderKind[] = ['court-page', 'extension-page'];

const actsOn = ({ court }: { court: string }): PageClaim => ({ court });

export const ALLOWED_SENDERS: { readonly [N in MessageName]: SenderRule<N> } = {
  reportPage: { from: COURT_PAGE, claim: ({ court, training }) => ({ court, training }) },
  getCourtView: { from: COURT_PAGE, claim: actsOn },
  markNotNeeded: { from: COURT_PAGE, claim: actsOn },
  // The guide's collapse and switch-off; the popup's and options page's switches.
  setGuidePreference: { from: BOTH, claim: actsOn },
  // The guide's "Restart the flow"; the popup's reset.
  restartCourt: { from: BOTH, claim: actsOn },
  // The guide asks only when its own copy in storage is damaged.
  getPreferences: { from: BOTH },
  getOverview: { from: EXTENSION_PAGE },
  setStatusByHand: { from: EXTENSION_PAGE },
  clearStatusByHand: { from: EXTENSION_PAGE },
  startCourt: { from: EXTENSION_PAGE },
  trackCourt: { from: EXTENSION_PAGE },
  untrackCourt: { from: EXTENSION_PAGE },
  setPreferences: { from: EXTENSION_PAGE },
  importStatuses: { from: EXTENSION_PAGE },
  discardSetAside: { from: EXTENSION_PAGE },
};
