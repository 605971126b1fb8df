// A page report becomes an event for each court it concerns: usually one.

import type { CourtStatus } from '../progress/court-status';
import { isManual } from '../progress/court-status';
import { pageSeenEvent } from '../progress/page-seen-event';
import type { CourtView, PageReport } from '../messaging/protocol';
import type { Change } from '../storage/court-store';
import type { StoredState } from '../storage/stored-layout';
import { applyEvent, courtView } from './court-changes';

/**
 * Most pages name one court. PACER's account pages before and around the
 * Court drop-down name none: they belong to the request under way. A page
 * that names several courts belongs to none of them, and is not guessed to
 * be the one under way. The history page lists requests by court: each
 * processed or pending one reaches its own court, and the court under way answers.
 */
export function applyReport(
  state: StoredState,
  report: PageReport,
  at: number,
): Change<CourtView | null> {
  const underWay =
    report.court === null && report.courtsNamed.length === 0
      ? courtRequestedFromPacer(state.statuses)
      : null;
  const courts =
    report.court === null
      ? [...new Set([...listedCourts(report), ...(underWay === null ? [] : [underWay])])]
      : [report.court];
  let current = state;
  let result: CourtView | null = null;
  for (const court of courts) {
    const event = pageSeenEvent(court, report, at);
    // A training site: practice, which leaves the real court's status alone.
    if (event === null) {
      result ??= courtView(current, court, at);
      continue;
    }
    const change = applyEvent(current, court, event, at);
    current = change.state;
    if (result === null || court === underWay) result = change.result;
  }
  return { state: current, result };
}

/**
 * PACER's account pages before and around the Court drop-down name no court:
 * they belong to the court whose PACER request is under way, the latest one
 * when there are several. Under a manual setting the pages are still followed.
 */
function courtRequestedFromPacer(statuses: Readonly<Record<string, CourtStatus>>): string | null {
  let latest: { court: string; at: number } | null = null;
  for (const [court, status] of Object.entries(statuses)) {
    const detected = isManual(status) ? status.source.detected : status;
    if (detected.status !== 'in-progress' || detected.flow !== 'pacer-request') continue;
    if (latest === null || detected.at > latest.at) latest = { court, at: detected.at };
  }
  return latest?.court ?? null;
}

/** Courts whose request PACER's history lists as processed (linked now) or pending (requested). */
function listedCourts(report: PageReport): string[] {
  return [
    ...new Set(
      (report.registrations ?? [])
        .filter((record) => record.state === 'processed' || record.state === 'pending')
        .map((record) => record.court),
    ),
  ];
}
