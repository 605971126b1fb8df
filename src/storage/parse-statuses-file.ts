// Reading an exported file back. All or nothing: one bad court and the whole
// file is refused with the problem and where it is, so a half-applied import
// never leaves the filer unsure what changed. The problem is data: the popup
// says it in the filer's language.

import * as v from 'valibot';
import { courtById } from '../flows/court-registry';
import type { CourtStatus } from '../progress/court-status';
import { isRecord } from './migrations';
import { courtStatusSchema, describeIssues } from './status-schema';
import { EXPORT_FORMAT, EXPORT_VERSION } from './statuses-file';

/** Far above 188 courts' worth; anything larger is not one of our files. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Why a file was refused. `entry` counts from 1, as a person reading the file does. */
export type ImportProblem =
  | { readonly kind: 'too-large' }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-an-export' }
  | { readonly kind: 'no-version' }
  | { readonly kind: 'newer-version'; readonly version: number }
  | { readonly kind: 'no-courts-list' }
  | { readonly kind: 'entry-without-court'; readonly entry: number }
  | { readonly kind: 'unknown-court'; readonly entry: number; readonly court: string }
  | { readonly kind: 'court-twice'; readonly entry: number; readonly court: string }
  | {
      readonly kind: 'invalid-status';
      readonly entry: number;
      readonly court: string;
      /** Where in the status, as a dot path of the file's own field names; null: the status as a whole. */
      readonly field: string | null;
      /** The schema's first complaint, in English, for whoever debugs the file. */
      readonly detail: string;
    };

export type ParsedStatusesFile =
  | { readonly ok: true; readonly statuses: Readonly<Record<string, CourtStatus>> }
  | { readonly ok: false; readonly problem: ImportProblem };

/** The answer for a file too large to read at all. */
export const TOO_LARGE: ParsedStatusesFile = refuse({ kind: 'too-large' });

export function parseStatusesFile(text: string): ParsedStatusesFile {
  if (text.length > MAX_IMPORT_BYTES) return TOO_LARGE;
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse({ kind: 'not-json' });
  }
  if (!isRecord(file) || file.format !== EXPORT_FORMAT) return refuse({ kind: 'not-an-export' });
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return refuse({ kind: 'no-version' });
  }
  if (file.version > EXPORT_VERSION)
    return refuse({ kind: 'newer-version', version: file.version });
  if (!Array.isArray(file.courts)) return refuse({ kind: 'no-courts-list' });
  return readCourts(file.courts);
}

function readCourts(courts: readonly unknown[]): ParsedStatusesFile {
  const statuses: Record<string, CourtStatus> = {};
  for (const [index, item] of courts.entries()) {
    const entry = index + 1;
    if (!isRecord(item) || typeof item.court !== 'string')
      return refuse({ kind: 'entry-without-court', entry });
    const { court } = item;
    if (courtById(court) === undefined) return refuse({ kind: 'unknown-court', entry, court });
    if (Object.hasOwn(statuses, court)) return refuse({ kind: 'court-twice', entry, court });
    const result = v.safeParse(courtStatusSchema, item.status);
    if (!result.success) {
      const field = v.getDotPath(result.issues[0]);
      return refuse({
        kind: 'invalid-status',
        entry,
        court,
        field: field || null,
        detail: describeIssues(result.issues),
      });
    }
    statuses[court] = result.output;
  }
  return { ok: true, statuses };
}

function refuse(problem: ImportProblem): ParsedStatusesFile {
  return { ok: false, problem };
}
