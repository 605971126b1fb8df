import type { CourtStatusEvent, PageSeen, SetByHand, StartFlow } from './court-status-event';
import { FLOWS } from '../flows/flows';
import { initialCourtStatus, inProgressAt, isManual } from './court-status';
import type { CourtStatus, ManualCourtStatus, ManualSource } from './court-status';
import { readLinkSign, reconcileLinked, reconcileNotNeeded } from './link-sign';
import { reduceDetectedStatus } from './reduce-detected-status';

/**
 * A court's status after `event`. Returns `status` itself (reference-equal)
 * when nothing changes, so the caller can skip the write.
 */
export function reduceCourtStatus(status: CourtStatus, event: CourtStatusEvent): CourtStatus {
  switch (event.type) {
    case 'page-seen':
      return isManual(status) ? seeWhileManual(status, event) : reduceDetectedStatus(status, event);
    case 'set-by-hand':
      return setByHand(status, event);
    case 'clear-by-hand':
      return isManual(status) ? status.source.detected : status;
    case 'reset':
      return status.status === 'not-started' ? status : initialCourtStatus(event.at);
    case 'start':
      return startFlow(status, event);
  }
}

// Only a court with nothing under way starts: a flow already moving, a request
// sent, a link proved or the filer's own word all stand.
function startFlow(status: CourtStatus, event: StartFlow): CourtStatus {
  const first = FLOWS[event.flow].steps[0];
  if (status.status !== 'not-started' || !first) return status;
  return inProgressAt(event.flow, first.id, event.at);
}

// The filer's word stands; the pages are still followed underneath, and a
// page that disagrees is flagged for the popup.
function seeWhileManual(status: ManualCourtStatus, page: PageSeen): ManualCourtStatus {
  const before = status.source.detected;
  const sign = readLinkSign(page, before);
  const reconciled =
    status.status === 'linked'
      ? reconcileLinked(status, sign, page)
      : reconcileNotNeeded(status, sign, page);
  const detected = reduceDetectedStatus(before, page);
  if (detected === before) return reconciled;
  return { ...reconciled, source: { kind: 'manual', detected } };
}

// Conflicts start afresh: the filer chose knowing what the pages had said.
function setByHand(status: CourtStatus, event: SetByHand): CourtStatus {
  if (isManual(status) && status.status === event.status) return status;
  const detected = isManual(status) ? status.source.detected : status;
  const source: ManualSource = { kind: 'manual', detected };
  return event.status === 'linked'
    ? { status: 'linked', at: event.at, source }
    : { status: 'not-needed', at: event.at, source };
}
