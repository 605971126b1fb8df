// One court's linking status, as stored and shown in the popup. Plain JSON:
// it lives in browser.storage and travels in exports.

import type { FlowId, StepId } from '../flows/types';

/** What a page showed that proves the account is linked in the court. */
export type LinkEvidence = 'link-done' | 'filing-menus' | 'court-not-offered' | 'request-processed';

/** What a page showed about the link: proof, or a CM/ECF menu bar with only the PACER items. */
export type LinkSign = LinkEvidence | 'pacer-only-menus';

export type DetectedEvidence = LinkEvidence | 'request-submitted' | 'step-seen';

export interface DetectedSource<E extends DetectedEvidence = DetectedEvidence> {
  readonly kind: 'detected';
  /** The page it was learned on; null for a page outside the flows, such as a docket with filing menus. */
  readonly step: StepId | null;
  readonly evidence: E;
}

export interface ManualSource {
  readonly kind: 'manual';
  /**
   * What the pages say meanwhile. Kept up to date under the manual setting so
   * that clearing it returns to what was detected rather than to nothing.
   */
  readonly detected: DetectedCourtStatus;
}

/** A page that disagrees with the status. Recorded, not acted on: the filer decides. */
export interface StatusConflict<S extends LinkSign = LinkSign> {
  readonly sign: S;
  readonly step: StepId | null;
  /** When first seen; it stays until a page agrees with the status again. */
  readonly at: number;
}

/** `at`, on every status: when it was set, in epoch milliseconds. */
export interface NotStarted {
  readonly status: 'not-started';
  readonly at: number;
}

export interface InProgress {
  readonly status: 'in-progress';
  readonly at: number;
  readonly flow: FlowId;
  readonly step: StepId;
  readonly source: DetectedSource<'step-seen'>;
}

/** A PACER-side request was submitted and awaits the court. */
export interface Requested {
  readonly status: 'requested';
  readonly at: number;
  readonly source: DetectedSource<'request-submitted'>;
}

interface LinkedBase {
  readonly status: 'linked';
  readonly at: number;
  readonly conflict?: StatusConflict<'pacer-only-menus'>;
}

export interface DetectedLinked extends LinkedBase {
  readonly source: DetectedSource<LinkEvidence>;
}

export interface ManualLinked extends LinkedBase {
  readonly source: ManualSource;
}

/** The filer uses CM/ECF for PACER access only. No page can show this, so only the filer sets it. */
export interface NotNeeded {
  readonly status: 'not-needed';
  readonly at: number;
  readonly source: ManualSource;
  readonly conflict?: StatusConflict<LinkEvidence>;
}

export type DetectedCourtStatus = NotStarted | InProgress | Requested | DetectedLinked;
export type ManualCourtStatus = ManualLinked | NotNeeded;
export type CourtStatus = DetectedCourtStatus | ManualCourtStatus;

export type CourtStatusName = CourtStatus['status'];
export type ManualStatusName = ManualCourtStatus['status'];

export function initialCourtStatus(at: number): NotStarted {
  return { status: 'not-started', at };
}

/** Under way at `step` of `flow` since `at`: the filer was seen there, or started there. */
export function inProgressAt(flow: FlowId, step: StepId, at: number): InProgress {
  return {
    status: 'in-progress',
    at,
    flow,
    step,
    source: { kind: 'detected', step, evidence: 'step-seen' },
  };
}

export function isManual(status: CourtStatus): status is ManualCourtStatus {
  return status.status !== 'not-started' && status.source.kind === 'manual';
}
