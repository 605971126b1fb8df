import { provesRequest } from '../flows/flows';
import type { PageSeen } from './court-status-event';
import { inProgressAt, type DetectedCourtStatus } from './court-status';
import { flowOfPage } from './flow-of-page';
import { readLinkSign, reconcileLinked } from './link-sign';

/** What the pages alone say after `page`. Returns `status` itself when nothing changes. */
export function reduceDetectedStatus(
  status: DetectedCourtStatus,
  page: PageSeen,
): DetectedCourtStatus {
  const sign = readLinkSign(page, status);
  // Linking is permanent: once proved, pages can only flag a doubt.
  if (status.status === 'linked') return reconcileLinked(status, sign, page);
  if (sign !== null && sign !== 'pacer-only-menus') {
    return {
      status: 'linked',
      at: page.at,
      source: { kind: 'detected', step: page.step, evidence: sign },
    };
  }
  return followStep(status, page);
}

/**
 * Progress is what the filer did: a step past the court's everyday pages
 * (front page, login, main page) starts a flow; those pages only move a flow
 * already under way. Reading dockets or logging in adds nothing.
 */
function followStep(
  status: Exclude<DetectedCourtStatus, { status: 'linked' }>,
  page: PageSeen,
): DetectedCourtStatus {
  const { step, at } = page;
  // Once submitted, going back over earlier pages does not withdraw the request.
  if (status.status === 'requested') return status;
  if ((step !== null && provesRequest(step)) || page.request === 'pending') {
    return {
      status: 'requested',
      at,
      source: { kind: 'detected', step, evidence: 'request-submitted' },
    };
  }
  if (step === null) return status;
  const flow = flowOfPage({ flow: page.flow, step }, status);
  if (flow === null) return status;
  const underWay = status.status === 'in-progress';
  if (!underWay && !page.startsFlow) return status;
  if (underWay && status.flow === flow && status.step === step) return status;
  return inProgressAt(flow, step, at);
}
