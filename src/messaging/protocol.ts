// The one list of messages between the content scripts, the popup, the
// options page and the background service worker: name -> request and response.
// The background is the single writer of statuses; the others ask it.
import type { PageReport } from '../detection/page-report';
import type { FlowId } from '../flows/types';
import type { CourtStatus, ManualStatusName } from '../progress/court-status';
import type { CourtView } from '../progress/court-view';
import type { GuidePreference, Preferences, Role, TextSize } from '../progress/preferences';
import type { SetAsideEntry } from '../storage/stored-layout';

// The messages carry what these modules define; their users may name them from here.
export type { PageReport } from '../detection/page-report';
export type { CourtView } from '../progress/court-view';
export type { GuidePreference, Preferences, Role, TextSize } from '../progress/preferences';

/** Everything the popup shows, in one answer so that it opens with one round trip. */
export interface Overview {
  /** Every court in "My courts". */
  readonly statuses: Readonly<Record<string, CourtStatus>>;
  readonly preferences: Preferences;
  /** Damaged data kept aside, until the filer saves or discards it. */
  readonly setAside: readonly SetAsideEntry[];
  /** The court the asked-about tab last reported (PACER pages name none in their host). */
  readonly tabCourt: string | null;
}

type Nothing = Record<string, never>;

export interface Messages {
  /** A content script recognised a page; the reply is the court's status after it. Null when no court applies. */
  reportPage: { request: PageReport; response: CourtView | null };
  getCourtView: { request: { court: string }; response: CourtView };
  setGuidePreference: {
    request: { court: string; preference: Partial<GuidePreference> };
    response: CourtView;
  };
  /** "Restart the flow" and the popup's reset: forget what is known about the court, detected or set by hand. */
  restartCourt: { request: { court: string }; response: CourtView };
  setStatusByHand: { request: { court: string; status: ManualStatusName }; response: CourtView };
  /** The guide's "I don't e-file here" on a court page: the court's status becomes not needed. */
  markNotNeeded: { request: { court: string }; response: CourtView };
  clearStatusByHand: { request: { court: string }; response: CourtView };

  getOverview: { request: { tabId: number | null }; response: Overview };
  /** The filer starts linking in a court from the popup: the flow is under way at its first step. */
  startCourt: { request: { court: string; flow: FlowId }; response: CourtView };
  /** Add a court to "My courts" (not started) unless it is there already. */
  trackCourt: { request: { court: string }; response: CourtView };
  /** Take a court off "My courts"; its guide preference stays. */
  untrackCourt: { request: { court: string }; response: null };
  getPreferences: { request: Nothing; response: Preferences };
  setPreferences: {
    request: { role?: Role | null; textSize?: TextSize };
    response: Preferences;
  };
  /** Replace the statuses of the courts given (validated again here); the others stay. */
  importStatuses: {
    request: { statuses: Readonly<Record<string, CourtStatus>> };
    response: { imported: number };
  };
  /** Forget the damaged data kept aside (the popup and the options page offer to download it first). */
  discardSetAside: { request: Nothing; response: null };
}

export type MessageName = keyof Messages;
export type RequestOf<N extends MessageName> = Messages[N]['request'];
export type ResponseOf<N extends MessageName> = Messages[N]['response'];

/** How a message travels: one envelope shape, discriminated by name. */
export type Envelope = {
  [N in MessageName]: { readonly name: N; readonly request: RequestOf<N> };
}[MessageName];

/**
 * The reply when a handler fails. Successful replies are the response itself,
 * so this key marks the one case that is not.
 */
export interface FailureReply {
  readonly pacerLinkGuideError: string;
  /** Set when the filer must be told in their own words, not the reason's: see FailureKind. */
  readonly kind?: FailureKind;
}

/** Failures the popup and options page word for the filer. `storage-full`: nothing was written. */
export type FailureKind = 'storage-full';

export function isFailureReply(reply: unknown): reply is FailureReply {
  return (
    typeof reply === 'object' &&
    reply !== null &&
    typeof (reply as Partial<FailureReply>).pacerLinkGuideError === 'string'
  );
}
