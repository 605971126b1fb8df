// Turns the court list (src/flows/courts.csv, copied from PACER's public court
// data) into the lean courts.json the extension ships, and PACER's court
// lookup (src/flows/pacer-court-lookup.json) into each court's CM/ECF help
// desk, court-help-desks.json (see import-help-desks.ts).
//
//   npx tsx scripts/import-courts.ts [csv-path] [lookup-path]
//
// The CSV and the lookup stay the source of truth; the test checks that both
// JSON files are what this script derives from them, so edit the sources and
// re-run rather than editing the JSON.

import { readFileSync, writeFileSync } from 'node:fs';
import { compactCourt } from '../src/flows/court-rows';
import { CourtDataError } from './court-data-error';
import { helpDesksFromLookup, helpDesksJson } from './import-help-desks';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Court, CourtType } from '../src/flows/types';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_CSV = resolve(ROOT, 'src/flows/courts.csv');
const DEFAULT_LOOKUP = resolve(ROOT, 'src/flows/pacer-court-lookup.json');
const OUT_JSON = resolve(ROOT, 'src/flows/courts.json');
const OUT_HELP_DESKS = resolve(ROOT, 'src/flows/court-help-desks.json');

// PACER has 94 judicial districts, each with one district and one bankruptcy
// court: any other count means a truncated or mangled file.
const COURTS_PER_TYPE = 94;
const TYPES: readonly CourtType[] = ['district', 'bankruptcy'];

const COLUMNS = [
  'id',
  'type',
  'name',
  'state',
  'pacer_court_id',
  'pacer_title',
  'ecf_url',
] as const;
type Column = (typeof COLUMNS)[number];

export { CourtDataError };

export interface CsvRecord {
  /** 1-based line on which the record starts, for error messages. */
  readonly line: number;
  readonly fields: readonly string[];
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF. */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  // Whether the current record has any content: blank lines (such as the
  // final newline) are no record, but a lone "" is.
  let started = false;
  let line = 1;
  let recordLine = 1;

  const endRecord = (): void => {
    fields.push(field);
    if (started) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    started = false;
    recordLine = line;
  };

  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '\r' || ch === '\n') {
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      endRecord();
      continue;
    }
    started = true;
    if (ch === ',') {
      fields.push(field);
      field = '';
      i++;
    } else if (ch !== '"') {
      field += ch;
      i++;
    } else if (field !== '') {
      throw new CourtDataError([`line ${line}: quote inside an unquoted field`]);
    } else {
      const opened = line;
      i++;
      for (;;) {
        const q = src[i];
        if (q === undefined)
          throw new CourtDataError([`line ${opened}: unterminated quoted field`]);
        if (q === '"' && src[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (q === '"') {
          i++;
          break;
        } else {
          if (q === '\n') line++;
          field += q;
          i++;
        }
      }
      const next = src[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CourtDataError([`line ${line}: text after a closing quote`]);
      }
    }
  }
  endRecord();
  return records;
}

/** Parses and validates the court list; throws CourtDataError listing every problem found. */
export function courtsFromCsv(text: string): Court[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new CourtDataError(['the file is empty']);

  const missing = COLUMNS.filter((column) => !header.fields.includes(column));
  if (missing.length > 0) {
    throw new CourtDataError([`header lacks column(s): ${missing.join(', ')}`]);
  }

  const problems: string[] = [];
  const courts: Court[] = [];
  const seen = {
    id: new Map<string, number>(),
    code: new Map<string, number>(),
    title: new Map<string, number>(),
  };
  const unique = (kind: keyof typeof seen, label: string, value: string, line: number): void => {
    const key = value.toLowerCase().replace(/\s+/g, ' ');
    const first = seen[kind].get(key);
    if (first === undefined) seen[kind].set(key, line);
    else problems.push(`line ${line}: ${label} "${value}" repeats line ${first}`);
  };

  for (const { line, fields } of rows) {
    if (fields.length !== header.fields.length) {
      problems.push(`line ${line}: ${fields.length} fields, expected ${header.fields.length}`);
      continue;
    }
    const get = (column: Column): string => fields[header.fields.indexOf(column)] ?? '';
    const at = `line ${line}`;
    const id = get('id');
    const type = get('type');
    const pacerCode = get('pacer_court_id');
    const pacerTitle = get('pacer_title');

    if (!/^[a-z]+$/.test(id)) problems.push(`${at}: id "${id}" must be lowercase letters only`);
    if (!TYPES.includes(type as CourtType)) {
      problems.push(`${at}: type "${type}" must be one of ${TYPES.join(', ')}`);
    }
    if (!/^[A-Z]+$/.test(pacerCode)) {
      problems.push(`${at}: pacer_court_id "${pacerCode}" must be capital letters only`);
    }
    for (const column of ['name', 'state', 'pacer_title'] as const) {
      const value = get(column);
      if (value.trim() === '' || value !== value.trim()) {
        problems.push(`${at}: ${column} "${value}" is blank or padded with spaces`);
      }
    }
    // The host look-up assumes every court lives at ecf.<id>.uscourts.gov.
    const ecfUrl = get('ecf_url');
    if (ecfUrl !== `https://ecf.${id}.uscourts.gov`) {
      problems.push(`${at}: ecf_url "${ecfUrl}" is not https://ecf.${id}.uscourts.gov`);
    }
    unique('id', 'id', id, line);
    unique('code', 'pacer_court_id', pacerCode, line);
    unique('title', 'pacer_title', pacerTitle, line);

    courts.push({
      id,
      type: type as CourtType,
      name: get('name'),
      state: get('state'),
      pacerCode,
      pacerTitle,
    });
  }

  for (const type of TYPES) {
    const count = courts.filter((court) => court.type === type).length;
    if (count !== COURTS_PER_TYPE) {
      problems.push(`${count} ${type} courts, expected ${COURTS_PER_TYPE}`);
    }
  }
  if (problems.length > 0) throw new CourtDataError(problems);
  return courts;
}

/** The exact text of courts.json for these courts: one compact row a line. */
export function courtsJson(courts: readonly Court[]): string {
  return `[\n${courts.map((court) => `  ${JSON.stringify(compactCourt(court))}`).join(',\n')}\n]\n`;
}

function readOrReport(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    console.error(`import-courts: cannot read ${path}: ${(error as Error).message}`);
    return null;
  }
}

function main(args: readonly string[]): number {
  const csvPath = args[0] ? resolve(args[0]) : DEFAULT_CSV;
  const lookupPath = args[1] ? resolve(args[1]) : DEFAULT_LOOKUP;
  const text = readOrReport(csvPath);
  const lookup = readOrReport(lookupPath);
  if (text === null || lookup === null) return 1;
  let courts: Court[];
  let helpDesks: ReturnType<typeof helpDesksFromLookup>;
  try {
    courts = courtsFromCsv(text);
    helpDesks = helpDesksFromLookup(lookup, courts);
  } catch (error) {
    if (!(error instanceof CourtDataError)) throw error;
    console.error(`import-courts: ${csvPath} or ${lookupPath} is not valid; nothing written:`);
    for (const problem of error.problems) console.error(`  ${problem}`);
    return 1;
  }
  writeFileSync(OUT_JSON, courtsJson(courts));
  writeFileSync(OUT_HELP_DESKS, helpDesksJson(helpDesks));
  const withoutPhone = helpDesks.filter((row) => row.length === 2).map((row) => row[0]);
  const withoutPage = helpDesks.filter((row) => row[1] === null).map((row) => row[0]);
  console.log(
    `import-courts: wrote ${courts.length} courts to ${relative(process.cwd(), OUT_JSON)} and their help desks to ${relative(process.cwd(), OUT_HELP_DESKS)}` +
      ` (no phone: ${withoutPhone.join(' ') || 'none'}; no page: ${withoutPage.join(' ') || 'none'})`,
  );
  return 0;
}

// Only when run as a command: the test imports the parser without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
