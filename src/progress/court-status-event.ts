// What can happen to one court's status. Plain data: page reports travel
// from the content script to the background in a message.

import type { PageLinkSign } from '../detection/types';
import type { FlowId, StepId } from '../flows/types';
import type { ManualStatusName } from './court-status';

/** A page recognised for this court. `at` is when it was seen, in epoch milliseconds. */
export interface PageSeen {
  readonly type: 'page-seen';
  readonly at: number;
  readonly flow: FlowId | null;
  readonly step: StepId | null;
  /** As recognition reports it: the step is past the court's everyday pages. */
  readonly startsFlow: boolean;
  /** As recognition reports it: link-done or filing menus prove the link, PACER-only menus doubt it. */
  readonly linkSign: PageLinkSign | null;
  /**
   * On `court-select`: whether the Court drop-down offers this court. The page
   * may not name this court at all, so the caller sends it to the court whose
   * PACER request is under way.
   */
  readonly courtOffered: boolean | null;
  /**
   * On `registration-history`: what the history says of this court's request,
   * `processed` or `pending`; null when it lists none, or only in words that
   * prove neither.
   */
  readonly request: 'processed' | 'pending' | null;
}

/**
 * The filer's own word. Only the statuses a page cannot show or may be slow
 * to show: `in-progress` needs a real step, and `not-started` is a reset.
 */
export interface SetByHand {
  readonly type: 'set-by-hand';
  readonly at: number;
  readonly status: ManualStatusName;
}

/** Return to what the pages say. */
export interface ClearByHand {
  readonly type: 'clear-by-hand';
}

/** Forget everything known about the court, detected or set by hand. */
export interface ResetStatus {
  readonly type: 'reset';
  readonly at: number;
}

/**
 * The filer starts linking in a court (the popup's Start, a practice
 * demonstration): the flow is under way at its first step. Pages alone never
 * start a flow before a step past the landing page.
 */
export interface StartFlow {
  readonly type: 'start';
  readonly at: number;
  readonly flow: FlowId;
}

export type CourtStatusEvent = PageSeen | SetByHand | ClearByHand | ResetStatus | StartFlow;
