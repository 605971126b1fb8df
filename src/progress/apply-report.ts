// A page report becomes an event for each court it concerns: usually one.
import type { PageReport } from '../detection/page-report';
import { applyEvent } from './court-changes';
import type { CourtStatus } from './court-status';
import { isManual } from './court-status';
import { courtView, type Courts, type CourtsChange, type CourtView } from './court-view';
import { pageSeenEvent } from './page-seen-event';

/** The court that a PACER page naming none belongs to, given the statuses; null for none. */
export type CourtUnderWay = (statuses: Courts['statuses']) => string | null;

/**
 * Most pages name one court. PACER's account pages before and around the
 * Court drop-down name none: they belong to the request under way
 * (`underWay`). A page that names several courts belongs to none of them, and
 * is not guessed to be the one under way. The history page lists requests by
 * court: each processed or pending one reaches its own court, and the court
 * under way answers.
 */
export function applyReport(
  courts: Courts,
  report: PageReport,
  at: number,
  underWay: CourtUnderWay = courtRequestedFromPacer,
): CourtsChange<CourtView | null> {
  const pacerCourt =
    report.court === null && report.courtsNamed.length === 0 ? underWay(courts.statuses) : null;
  const concerned =
    report.court === null
      ? [...new Set([...listedCourts(report), ...(pacerCourt === null ? [] : [pacerCourt])])]
      : [report.court];
  let current = courts;
  let result: CourtView | null = null;
  for (const court of concerned) {
    const event = pageSeenEvent(court, report, at);
    // A training site: practice, which leaves the real court's status alone.
    if (event === null) {
      result ??= courtView(current, court, at);
      continue;
    }
    const change = applyEvent(current, court, event, at);
    current = change.courts;
    if (result === null || court === pacerCourt) result = change.result;
  }
  return { courts: current, result };
}

/**
 * The court whose PACER request is under way, the latest one when there are
 * several. Under a manual setting the pages are still followed.
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
