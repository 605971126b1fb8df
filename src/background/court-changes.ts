// Changes to the stored state, as pure functions for CourtStore.update. Each
// returns the state object itself when nothing changes, so nothing is written.

import type { CourtStatusEvent } from '../progress/court-status-event';
import type { CourtStatus } from '../progress/court-status';
import { initialCourtStatus } from '../progress/court-status';
import { reduceCourtStatus } from '../progress/reduce-court-status';
import type { CourtView } from '../messaging/protocol';
import type { Change } from '../storage/court-store';
import { guidePreferenceOf } from '../storage/preferences';
import type { StoredState } from '../storage/stored-layout';

export function courtView(state: StoredState, court: string, at: number): CourtView {
  return {
    court,
    tracked: Object.hasOwn(state.statuses, court),
    status: state.statuses[court] ?? initialCourtStatus(at),
    guide: guidePreferenceOf(state.preferences, court),
  };
}

function withStatus(state: StoredState, court: string, status: CourtStatus): StoredState {
  if (state.statuses[court] === status) return state;
  return { ...state, statuses: { ...state.statuses, [court]: status } };
}

/**
 * Applies `event` to the court. A court enters "My courts" when its status
 * becomes something; an event that leaves an untracked court not started
 * (a docket page, a reset) does not add it.
 */
export function applyEvent(
  state: StoredState,
  court: string,
  event: CourtStatusEvent,
  at: number,
): Change<CourtView> {
  const before = state.statuses[court];
  const after = reduceCourtStatus(before ?? initialCourtStatus(at), event);
  const next =
    before === undefined && after.status === 'not-started'
      ? state
      : withStatus(state, court, after);
  return { state: next, result: courtView(next, court, at) };
}

export function trackCourt(state: StoredState, court: string, at: number): Change<CourtView> {
  const next = Object.hasOwn(state.statuses, court)
    ? state
    : withStatus(state, court, initialCourtStatus(at));
  return { state: next, result: courtView(next, court, at) };
}

export function untrackCourt(state: StoredState, court: string): Change<null> {
  if (!Object.hasOwn(state.statuses, court)) return { state, result: null };
  const statuses = { ...state.statuses };
  delete statuses[court];
  return { state: { ...state, statuses }, result: null };
}

export function importStatuses(
  state: StoredState,
  statuses: Readonly<Record<string, CourtStatus>>,
): Change<{ imported: number }> {
  const count = Object.keys(statuses).length;
  if (count === 0) return { state, result: { imported: 0 } };
  return {
    state: { ...state, statuses: { ...state.statuses, ...statuses } },
    result: { imported: count },
  };
}
