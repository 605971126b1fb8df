// Reading an exported file back. All or nothing: one bad court and the whole
// file is refused with a message that says where, so a half-applied import
// never leaves the filer unsure what changed.

import * as v from 'valibot';
import { courtById } from '../flows/court-registry';
import type { CourtStatus } from '../progress/court-status';
import { isRecord } from './migrations';
import { courtStatusSchema, describeIssues } from './status-schema';
import { EXPORT_FORMAT, EXPORT_VERSION } from './statuses-file';

/** Far above 188 courts' worth; anything larger is not one of our files. */
export const MAX_IMPORT_BYTES = 1_000_000;

export type ParsedStatusesFile =
  | { readonly ok: true; readonly statuses: Readonly<Record<string, CourtStatus>> }
  | { readonly ok: false; readonly error: string };

/** The answer for a file too large to read at all. */
export const TOO_LARGE: ParsedStatusesFile = refuse(
  'The file is too large to be a PACER Link Guide export.',
);

export function parseStatusesFile(text: string): ParsedStatusesFile {
  if (text.length > MAX_IMPORT_BYTES) return TOO_LARGE;
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse('The file is not valid JSON. Choose a file exported with “Export JSON”.');
  }
  if (!isRecord(file) || file.format !== EXPORT_FORMAT) {
    return refuse(
      'This JSON file is not a PACER Link Guide export (its "format" is not "pacer-link-guide/statuses").',
    );
  }
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return refuse('The file has no valid "version".');
  }
  if (file.version > EXPORT_VERSION) {
    return refuse(
      `The file comes from a newer version of PACER Link Guide (format version ${file.version}). Update the extension first.`,
    );
  }
  if (!Array.isArray(file.courts)) return refuse('The file has no "courts" list.');
  return readCourts(file.courts);
}

function readCourts(courts: readonly unknown[]): ParsedStatusesFile {
  const statuses: Record<string, CourtStatus> = {};
  for (const [index, entry] of courts.entries()) {
    const where = `Entry ${index + 1}`;
    if (!isRecord(entry) || typeof entry.court !== 'string')
      return refuse(`${where} has no "court" id.`);
    const { court } = entry;
    if (courtById(court) === undefined)
      return refuse(`${where}: "${court}" is not a known court id.`);
    if (Object.hasOwn(statuses, court))
      return refuse(`${where}: court "${court}" is listed twice.`);
    const result = v.safeParse(courtStatusSchema, entry.status);
    if (!result.success)
      return refuse(
        `${where} (${court}): the status is not valid (${describeIssues(result.issues)}).`,
      );
    statuses[court] = result.output;
  }
  return { ok: true, statuses };
}

function refuse(error: string): ParsedStatusesFile {
  return { ok: false, error: `Nothing was imported. ${error}` };
}
