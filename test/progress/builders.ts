// Statuses and events spelled out in full, so a test reads as its transition.

import type { PageReport } from '../../src/detection/page-report';
import { findStep, flowsOfStep } from '../../src/flows/flows';
import type { FlowId, StepId } from '../../src/flows/types';
import type { PageSeen } from '../../src/progress/court-status-event';
import type {
  DetectedCourtStatus,
  DetectedLinked,
  InProgress,
  LinkEvidence,
  ManualLinked,
  NotNeeded,
  NotStarted,
  Requested,
} from '../../src/progress/court-status';

export const T0 = 1_700_000_000_000;
export const T1 = T0 + 60_000;
export const T2 = T0 + 120_000;

/** As recognition says it from the step's definition: reaching `step` starts a flow. */
function startsAFlow(step: StepId | null | undefined): boolean {
  return (
    step != null && flowsOfStep(step).some((flow) => findStep(flow, step)?.progress === 'starts')
  );
}

/** A page seen; `startsFlow` as recognition reports it of the step, unless given. */
export function page(fields: Partial<Omit<PageSeen, 'type'>> = {}): PageSeen {
  return {
    type: 'page-seen',
    at: T1,
    flow: null,
    step: null,
    startsFlow: startsAFlow(fields.step),
    linkSign: null,
    courtOffered: null,
    request: null,
    ...fields,
  };
}

/**
 * A page report as a content script sends it: `startsFlow` and `linked`
 * follow from the step and the link sign, as recognition gives them, unless given.
 */
export function report(fields: Partial<PageReport> = {}): PageReport {
  const linkSign = fields.linkSign ?? null;
  return {
    court: null,
    courtsNamed: [],
    training: false,
    flow: null,
    step: null,
    startsFlow: startsAFlow(fields.step),
    linked: linkSign === null ? null : linkSign !== 'pacer-only-menus',
    linkSign,
    courtOptions: null,
    registrations: null,
    ...fields,
  };
}

export const notStarted: NotStarted = { status: 'not-started', at: T0 };

export function inProgress(flow: FlowId, step: StepId, at = T0): InProgress {
  return {
    status: 'in-progress',
    at,
    flow,
    step,
    source: { kind: 'detected', step, evidence: 'step-seen' },
  };
}

export const requested: Requested = {
  status: 'requested',
  at: T0,
  source: { kind: 'detected', step: 'request-submitted', evidence: 'request-submitted' },
};

export function linked(
  evidence: LinkEvidence = 'link-done',
  step: StepId | null = 'link-done',
  at = T0,
): DetectedLinked {
  return { status: 'linked', at, source: { kind: 'detected', step, evidence } };
}

export const linkedWithConflict: DetectedLinked = {
  ...linked(),
  conflict: { sign: 'pacer-only-menus', step: 'ecf-main', at: T0 + 1 },
};

export function manualLinked(detected: DetectedCourtStatus = notStarted): ManualLinked {
  return { status: 'linked', at: T0, source: { kind: 'manual', detected } };
}

export function notNeeded(detected: DetectedCourtStatus = notStarted): NotNeeded {
  return { status: 'not-needed', at: T0, source: { kind: 'manual', detected } };
}

/** Pages that prove the link, with the evidence each should record. */
export const linkProofs: readonly [string, PageSeen, LinkEvidence][] = [
  [
    'the link-done page',
    page({ flow: 'court-link', step: 'link-done', linkSign: 'link-done' }),
    'link-done',
  ],
  [
    'filing menus on ecf-main',
    page({ flow: 'court-link', step: 'ecf-main', linkSign: 'filing-menus' }),
    'filing-menus',
  ],
  [
    'a processed request on registration-history',
    page({ flow: 'pacer-request', step: 'registration-history', request: 'processed' }),
    'request-processed',
  ],
];

export const pacerOnlyMenus = page({
  flow: 'court-link',
  step: 'ecf-main',
  linkSign: 'pacer-only-menus',
});
