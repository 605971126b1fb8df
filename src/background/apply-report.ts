// A page report becomes an event for one court's status.

import type { CourtStatus } from '../progress/court-status';
import { isManual } from '../progress/court-status';
import { pageSeenEvent } from '../progress/page-seen-event';
import type { CourtView, PageReport } from '../messaging/protocol';
import type { Change } from '../storage/court-store';
import type { StoredState } from '../storage/stored-layout';
import { applyEvent, courtView } from './court-changes';

export function applyReport(
  state: StoredState,
  report: PageReport,
  at: number,
): Change<CourtView | null> {
  const processed = report.court === null ? processedCourts(report) : [];
  if (processed.length > 0) return applyToEach(state, report, at, processed);
  const court = report.court ?? courtRequestedFromPacer(state.statuses);
  if (court === null) return { state, result: null };
  const event = pageSeenEvent(court, report, at);
  // A training site: practice, which leaves the real court's status alone.
  if (event === null) return { state, result: courtView(state, court, at) };
  return applyEvent(state, court, event, at);
}

/**
 * PACER's account pages before and around the Court drop-down name no court:
 * they belong to the court whose PACER request is under way, the latest one
 * when there are several. Under a manual setting the pages are still followed.
 */
export function courtRequestedFromPacer(
  statuses: Readonly<Record<string, CourtStatus>>,
): string | null {
  let latest: { court: string; at: number } | null = null;
  for (const [court, status] of Object.entries(statuses)) {
    const detected = isManual(status) ? status.source.detected : status;
    if (detected.status !== 'in-progress' || detected.flow !== 'pacer-request') continue;
    if (latest === null || detected.at > latest.at) latest = { court, at: detected.at };
  }
  return latest?.court ?? null;
}

/** Courts whose request PACER's history lists as processed: each is linked now. */
function processedCourts(report: PageReport): string[] {
  return [
    ...new Set(
      (report.registrations ?? [])
        .filter((record) => record.processed)
        .map((record) => record.court),
    ),
  ];
}

/**
 * The history page names no single court but lists requests by court: each
 * processed one reaches its own court, and the court under way answers.
 */
function applyToEach(
  state: StoredState,
  report: PageReport,
  at: number,
  processed: readonly string[],
): Change<CourtView | null> {
  const underWay = courtRequestedFromPacer(state.statuses);
  const courts = underWay && !processed.includes(underWay) ? [...processed, underWay] : processed;
  let current = state;
  let result: CourtView | null = null;
  for (const court of courts) {
    const event = pageSeenEvent(court, report, at);
    if (event === null) continue;
    const change = applyEvent(current, court, event, at);
    current = change.state;
    if (result === null || court === underWay) result = change.result;
  }
  return { state: current, result };
}
