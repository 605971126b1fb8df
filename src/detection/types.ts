import type { FlowId, StepId } from '../flows/types';

/** An element the guide may ring, and which target of the step it is. */
export interface HighlightCandidate {
  readonly id: string;
  readonly element: Element;
  /** The guide explains why this element (message `target_<id>_why`). */
  readonly explained?: boolean;
}

/** The two names shown on the `link-confirm` page, as text. */
export interface ConfirmNames {
  readonly cmecf: string | null;
  readonly pacer: string | null;
}

/**
 * What a request's status words say: the court has processed it, it is
 * waiting for the court, the court turned it down, or words we don't know
 * (which prove nothing either way).
 */
export type RegistrationState = 'processed' | 'pending' | 'rejected' | 'unknown';

/** A shown row of PACER's E-File Registration/Maintenance History. */
export interface RegistrationRecord {
  readonly court: string;
  /** The status as the page shows it. */
  readonly status: string;
  readonly state: RegistrationState;
}

/**
 * What a CM/ECF page shows about the link: the success page, the filing menus
 * in the menu bar (both prove it), or a menu bar with only PACER's items.
 */
export const PAGE_LINK_SIGNS = ['link-done', 'filing-menus', 'pacer-only-menus'] as const;
export type PageLinkSign = (typeof PAGE_LINK_SIGNS)[number];

/** What recognition says about one page. Plain data apart from the highlight elements. */
export interface Detection {
  readonly court: string | null;
  /**
   * On a PACER page that names several courts in its text (and so no single
   * `court`): their ids. Empty everywhere else. The page's facts then belong
   * to no court, and nobody guesses which.
   */
  readonly courtsNamed: readonly string[];
  /** True on a court's training site (`ecf-train.<court>`). */
  readonly training: boolean;
  readonly flow: FlowId | null;
  readonly step: StepId | null;
  /**
   * True on a step past the court's everyday pages (front page, login, main
   * page): reaching it starts a flow. False on those pages, which only move a
   * flow under way, and on pages outside the flows.
   */
  readonly startsFlow: boolean;
  /** True when the page proves the account is linked in `court`, false when it shows it is not, null when it says nothing. */
  readonly linked: boolean | null;
  /** Which sign `linked` was read from; null when the page shows none. */
  readonly linkSign: PageLinkSign | null;
  /** On `link-confirm`: whether the CM/ECF and PACER names agree; null elsewhere. */
  readonly namesMatch: boolean | null;
  readonly names: ConfirmNames | null;
  /** On `court-select`: the ids of the courts the drop-down offers; null elsewhere. */
  readonly courtOptions: readonly string[] | null;
  /** On `registration-history`: the requests listed; null elsewhere. */
  readonly registrations: readonly RegistrationRecord[] | null;
  /** Elements to highlight, in order of preference. Empty when none is on the page. */
  readonly highlight: readonly HighlightCandidate[];
  /** Which signals matched, e.g. `host:ecf`, `link:"utilities"`. */
  readonly evidence: readonly string[];
}
