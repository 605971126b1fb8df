// Changes to the courts' statuses, as pure functions. Each returns the courts
// object itself when nothing changes, so that nothing is written.
import type { CourtStatusEvent } from './court-status-event';
import type { CourtStatus } from './court-status';
import { initialCourtStatus } from './court-status';
import { courtView, type Courts, type CourtsChange, type CourtView } from './court-view';
import { reduceCourtStatus } from './reduce-court-status';

function withStatus(courts: Courts, court: string, status: CourtStatus): Courts {
  if (courts.statuses[court] === status) return courts;
  return { ...courts, statuses: { ...courts.statuses, [court]: status } };
}

/**
 * Applies `event` to the court. A court enters "My courts" when its status
 * becomes something; an event that leaves an untracked court not started
 * (a docket page, a reset) does not add it.
 */
export function applyEvent(
  courts: Courts,
  court: string,
  event: CourtStatusEvent,
  at: number,
): CourtsChange<CourtView> {
  const before = courts.statuses[court];
  const after = reduceCourtStatus(before ?? initialCourtStatus(at), event);
  const next =
    before === undefined && after.status === 'not-started'
      ? courts
      : withStatus(courts, court, after);
  return { courts: next, result: courtView(next, court, at) };
}

export function trackCourt(courts: Courts, court: string, at: number): CourtsChange<CourtView> {
  const next = Object.hasOwn(courts.statuses, court)
    ? courts
    : withStatus(courts, court, initialCourtStatus(at));
  return { courts: next, result: courtView(next, court, at) };
}

/** Takes the court off "My courts"; its guide preference stays. */
export function untrackCourt(courts: Courts, court: string): CourtsChange<null> {
  if (!Object.hasOwn(courts.statuses, court)) return { courts, result: null };
  const statuses = { ...courts.statuses };
  delete statuses[court];
  return { courts: { ...courts, statuses }, result: null };
}

/** Replaces the statuses of the courts given; the others stay. */
export function importStatuses(
  courts: Courts,
  statuses: Readonly<Record<string, CourtStatus>>,
): CourtsChange<{ imported: number }> {
  const count = Object.keys(statuses).length;
  if (count === 0) return { courts, result: { imported: 0 } };
  return {
    courts: { ...courts, statuses: { ...courts.statuses, ...statuses } },
    result: { imported: count },
  };
}
