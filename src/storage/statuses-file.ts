// The files a firm or a clerk keeps: statuses exported as JSON (which can be
// imported again) and as CSV (for a spreadsheet).
//
// JSON: { "format": "pacer-link-guide/statuses", "version": 1, "exportedAt": ISO date,
//         "courts": [{ "court": id, "name": full name, "status": CourtStatus }] }

import { courtById } from '../flows/court-registry';
import { stepNumber, FLOWS } from '../flows/flows';
import type { CourtStatus } from '../progress/court-status';
import { isManual } from '../progress/court-status';

export const EXPORT_FORMAT = 'pacer-link-guide/statuses';
export const EXPORT_VERSION = 1;

type Statuses = Readonly<Record<string, CourtStatus>>;

/** Courts in a stable order (by id), so two exports of the same statuses are identical but for the date. */
function sortedCourts(statuses: Statuses): [string, CourtStatus][] {
  return Object.entries(statuses).sort(([a], [b]) => a.localeCompare(b));
}

export function statusesToJson(statuses: Statuses, exportedAt: number): string {
  const courts = sortedCourts(statuses).map(([court, status]) => ({
    court,
    name: courtById(court)?.name ?? court,
    status,
  }));
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    courts,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'court',
  'name',
  'type',
  'state',
  'status',
  'set_by',
  'evidence',
  'flow',
  'step',
  'step_number',
  'steps_in_flow',
  'since',
  'conflict',
  'conflict_since',
] as const;

export function statusesToCsv(statuses: Statuses): string {
  const rows = sortedCourts(statuses).map(([court, status]) => csvRow(court, status));
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvRow(court: string, status: CourtStatus): string[] {
  const info = courtById(court);
  const inProgress = status.status === 'in-progress' ? status : null;
  const conflict =
    status.status === 'linked' || status.status === 'not-needed' ? status.conflict : undefined;
  return [
    court,
    info?.name ?? '',
    info?.type ?? '',
    info?.state ?? '',
    status.status,
    status.status === 'not-started' ? '' : isManual(status) ? 'filer' : 'detected',
    status.status === 'not-started' || isManual(status) ? '' : status.source.evidence,
    inProgress?.flow ?? '',
    inProgress?.step ?? '',
    inProgress ? String(stepNumber(inProgress.flow, inProgress.step)) : '',
    inProgress ? String(FLOWS[inProgress.flow].steps.length) : '',
    new Date(status.at).toISOString(),
    conflict?.sign ?? '',
    conflict ? new Date(conflict.at).toISOString() : '',
  ];
}

/** RFC 4180. Every cell is registry data or an id today; quoting keeps a future free-text column safe. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
