// The practice status in a few words, for the presenter's panel (the popup's
// own wording lives with the popup, which the practice page may not import).
import { FLOWS, stepNumber } from '../flows/flows';
import type { CourtStatus, LinkEvidence } from '../progress/court-status';

const EVIDENCE: Readonly<Record<LinkEvidence, string>> = {
  'link-done': 'the success page',
  'filing-menus': 'the filing menus',
  'court-not-offered': 'the court missing from PACER’s list',
  'request-processed': 'a processed request',
};

export function describePracticeStatus(status: CourtStatus | undefined): string {
  if (!status) return 'Not started';
  switch (status.status) {
    case 'not-started':
      return 'Not started';
    case 'in-progress':
      return `In progress: step ${stepNumber(status.flow, status.step)} of ${FLOWS[status.flow].steps.length}`;
    case 'requested':
      return 'Requested: waiting for the court';
    case 'linked':
      return status.source.kind === 'detected'
        ? `Linked (seen on ${EVIDENCE[status.source.evidence]})`
        : 'Linked (set by hand)';
    case 'not-needed':
      return 'Not needed';
  }
}
