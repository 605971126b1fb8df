// Export and import: a JSON export imports back to the same statuses; any bad
// input is refused whole, with the problem and where it is (the popup words it).
import { parseStatusesFile } from '../../src/storage/parse-statuses-file';
import {
  CSV_COLUMNS,
  csvCell,
  statusesToCsv,
  statusesToJson,
} from '../../src/storage/statuses-file';
import {
  inProgress,
  linked,
  linkedWithConflict,
  manualLinked,
  notNeeded,
  notStarted,
  requested,
  T0,
} from '../progress/builders';

const statuses = {
  mnd: inProgress('court-link', 'utilities'),
  cacb: linkedWithConflict,
  ncmb: requested,
  cob: notStarted,
  nysd: manualLinked(inProgress('pacer-request', 'court-select')),
  cand: notNeeded(linked('filing-menus', 'ecf-main')),
};

function exportFile(courts: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'pacer-link-guide/statuses',
    version: 1,
    exportedAt: '2026-11-21T00:00:00.000Z',
    courts,
    ...extra,
  });
}

describe('statusesToJson', () => {
  it('writes a versioned file listing each court with its name, sorted by id', () => {
    const file = JSON.parse(statusesToJson(statuses, T0)) as {
      format: string;
      version: number;
      exportedAt: string;
      courts: { court: string; name: string }[];
    };
    expect(file.format).toBe('pacer-link-guide/statuses');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe(new Date(T0).toISOString());
    expect(file.courts.map((entry) => entry.court)).toStrictEqual([
      'cacb',
      'cand',
      'cob',
      'mnd',
      'ncmb',
      'nysd',
    ]);
    expect(file.courts[3]?.name).toBe('U.S. District Court for the District of Minnesota');
  });

  it('imports back to exactly the statuses exported', () => {
    expect(parseStatusesFile(statusesToJson(statuses, T0))).toStrictEqual({ ok: true, statuses });
  });
});

describe('statusesToCsv', () => {
  it('writes a header and one row per court, with how each status was learned', () => {
    const lines = statusesToCsv(statuses).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(7);
    const row = (court: string) => lines.find((line) => line.startsWith(`${court},`))?.split(',');
    expect(row('mnd')).toStrictEqual([
      'mnd',
      'U.S. District Court for the District of Minnesota',
      'district',
      'Minnesota',
      'in-progress',
      'detected',
      'step-seen',
      'court-link',
      'utilities',
      '4',
      '8',
      new Date(T0).toISOString(),
      '',
      '',
    ]);
    expect(row('nysd')?.slice(4, 7)).toStrictEqual(['linked', 'filer', '']);
    expect(row('cacb')?.slice(12)).toStrictEqual([
      'pacer-only-menus',
      new Date(T0 + 1).toISOString(),
    ]);
  });

  it('is the header alone when no court is tracked', () => {
    expect(statusesToCsv({})).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('quotes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('parseStatusesFile refuses, changing nothing,', () => {
  it.each([
    ['an empty file', '', { kind: 'not-json' }],
    ['text that is not JSON', 'court,status\nmnd,linked', { kind: 'not-json' }],
    ['JSON of another kind', '{"courts": []}', { kind: 'not-an-export' }],
    ['a bare list', '[]', { kind: 'not-an-export' }],
    [
      'a file of a newer format',
      exportFile([], { version: 2 }),
      { kind: 'newer-version', version: 2 },
    ],
    ['a file without a version', exportFile([], { version: 'one' }), { kind: 'no-version' }],
    ['a file without a courts list', exportFile([], { courts: {} }), { kind: 'no-courts-list' }],
    [
      'an entry without a court',
      exportFile([{ status: notStarted }]),
      { kind: 'entry-without-court', entry: 1 },
    ],
    [
      'an unknown court',
      exportFile([
        { court: 'mnd', status: notStarted },
        { court: 'xyz', status: notStarted },
      ]),
      { kind: 'unknown-court', entry: 2, court: 'xyz' },
    ],
    [
      'a court listed twice',
      exportFile([
        { court: 'mnd', status: notStarted },
        { court: 'mnd', status: linked() },
      ]),
      { kind: 'court-twice', entry: 2, court: 'mnd' },
    ],
    [
      'a bad status',
      exportFile([{ court: 'mnd', status: { status: 'linked', at: T0 } }]),
      {
        kind: 'invalid-status',
        entry: 1,
        court: 'mnd',
        field: 'source',
        detail: expect.stringMatching(/^source: /) as string,
      },
    ],
    [
      'a step outside its flow',
      exportFile([{ court: 'mnd', status: inProgress('pacer-request', 'link-form') }]),
      {
        kind: 'invalid-status',
        entry: 1,
        court: 'mnd',
        field: 'step',
        detail: 'step: the step is not in that flow',
      },
    ],
    [
      'a status that is not an object',
      exportFile([{ court: 'mnd', status: 'linked' }]),
      {
        kind: 'invalid-status',
        entry: 1,
        court: 'mnd',
        field: null,
        detail: expect.stringMatching(/Expected Object/) as string,
      },
    ],
  ])('%s', (_what, text, problem) => {
    expect(parseStatusesFile(text)).toStrictEqual({ ok: false, problem });
  });

  it('a file too large to be an export', () => {
    expect(parseStatusesFile(' '.repeat(1_000_001))).toStrictEqual({
      ok: false,
      problem: { kind: 'too-large' },
    });
  });
});
