import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CourtDataError, courtsFromCsv, courtsJson, parseCsv } from '../../scripts/import-courts';
import courtsJsonData from '../../src/flows/courts.json';
import {
  COURTS,
  courtById,
  courtByPacerCode,
  courtByPacerTitle,
  courtFromHost,
  courtsNamedIn,
  searchCourts,
} from '../../src/flows/court-registry';
import { normalizeText } from '../../src/detection/normalize-text';

const fromRoot = (path: string): string => resolve(import.meta.dirname, '../..', path);
const csvText = readFileSync(fromRoot('src/flows/courts.csv'), 'utf8');
const ids = (courts: readonly { id: string }[]): string[] => courts.map((court) => court.id);

describe('court data', () => {
  it('courts.json is what the import script derives from courts.csv', () => {
    // The registry expands the compact rows back into exactly the courts of the CSV.
    expect(COURTS).toEqual(courtsFromCsv(csvText));
    expect(courtsJsonData).toHaveLength(188);
    // Byte for byte too, so a hand edit of the JSON cannot slip through.
    expect(readFileSync(fromRoot('src/flows/courts.json'), 'utf8')).toBe(
      courtsJson(courtsFromCsv(csvText)),
    );
  });

  it.skipIf(!existsSync(fromRoot('../shared/data/courts.csv')))(
    'courts.csv is still a copy of the shared court list',
    () => {
      expect(csvText).toBe(readFileSync(fromRoot('../shared/data/courts.csv'), 'utf8'));
    },
  );

  it('has 94 district and 94 bankruptcy courts', () => {
    expect(COURTS).toHaveLength(188);
    expect(COURTS.filter((court) => court.type === 'district')).toHaveLength(94);
    expect(COURTS.filter((court) => court.type === 'bankruptcy')).toHaveLength(94);
  });

  it('has unique ids, codes and titles', () => {
    const unique = (values: string[]): number => new Set(values.map((v) => v.toLowerCase())).size;
    expect(unique(ids(COURTS))).toBe(188);
    expect(unique(COURTS.map((court) => court.pacerCode))).toBe(188);
    expect(unique(COURTS.map((court) => court.pacerTitle))).toBe(188);
  });

  it('ships only the six Court fields, with ids of lowercase letters', () => {
    for (const court of COURTS) {
      expect(Object.keys(court).sort()).toEqual(
        ['id', 'name', 'pacerCode', 'pacerTitle', 'state', 'type'].sort(),
      );
      expect(court.id).toMatch(/^[a-z]+$/);
    }
  });

  it('keeps known courts as PACER lists them', () => {
    expect(courtById('mnd')).toEqual({
      id: 'mnd',
      type: 'district',
      name: 'U.S. District Court for the District of Minnesota',
      state: 'Minnesota',
      pacerCode: 'MNDC',
      pacerTitle: 'Minnesota District Court',
    });
    expect(courtById('nmib')?.pacerTitle).toBe('Northern Mariana Islands Bankruptcy');
    expect(courtById('dcd')?.state).toBe('District of Columbia');
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(COURTS)).toBe(true);
    expect(COURTS.every((court) => Object.isFrozen(court))).toBe(true);
  });
});

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes, line breaks in quotes, CRLF and a BOM', () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n,"",z\n\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 4, fields: ['', '', 'z'] },
    ]);
  });

  it('keeps a last record without a final newline, and a trailing empty field', () => {
    expect(parseCsv('a,b\n1,"2"')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
    expect(parseCsv('a,\n')).toEqual([{ line: 1, fields: ['a', ''] }]);
  });

  it('rejects malformed quoting with the line', () => {
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(/line 2: unterminated quoted field/);
    expect(() => parseCsv('a,b\n1,x"y\n')).toThrow(/line 2: quote inside an unquoted field/);
    expect(() => parseCsv('a,b\n1,"x"y\n')).toThrow(/line 2: text after a closing quote/);
  });
});

describe('courtsFromCsv', () => {
  const lines = csvText.trimEnd().split('\n');
  const withLines = (edit: (lines: string[]) => string[]): string =>
    `${edit([...lines]).join('\n')}\n`;
  const problemsOf = (text: string): readonly string[] => {
    try {
      courtsFromCsv(text);
    } catch (error) {
      if (error instanceof CourtDataError) return error.problems;
      throw error;
    }
    return [];
  };

  it('accepts the shipped list', () => {
    expect(problemsOf(csvText)).toEqual([]);
  });

  it('rejects a missing court', () => {
    expect(problemsOf(withLines((l) => l.filter((line) => !line.startsWith('mnb,'))))).toEqual([
      '93 bankruptcy courts, expected 94',
    ]);
  });

  it('rejects a repeated id, code or title', () => {
    const dup = withLines((l) => [...l, l.find((line) => line.startsWith('mnd,')) ?? '']);
    expect(problemsOf(dup)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/id "mnd" repeats line \d+/),
        expect.stringMatching(/pacer_court_id "MNDC" repeats/),
        expect.stringMatching(/pacer_title "Minnesota District Court" repeats/),
        '95 district courts, expected 94',
      ]),
    );
  });

  it('rejects ids that are not lowercase letters, and unknown types', () => {
    const text = withLines((l) =>
      l.map((line) =>
        line
          .replace(/^mnd,district,/, 'MN-D,district,')
          .replace(/^mnb,bankruptcy,/, 'mnb,bankrupt,'),
      ),
    );
    expect(problemsOf(text)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/id "MN-D" must be lowercase letters only/),
        expect.stringMatching(/type "bankrupt" must be one of district, bankruptcy/),
      ]),
    );
  });

  it('rejects a short row and a missing column', () => {
    expect(
      problemsOf(
        withLines((l) => l.map((line) => (line.startsWith('mnd,') ? 'mnd,district' : line))),
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/line 44: 2 fields, expected 10/)]));
    expect(problemsOf(csvText.replace('pacer_title', 'title'))).toEqual([
      'header lacks column(s): pacer_title',
    ]);
    expect(problemsOf('')).toEqual(['the file is empty']);
  });
});

describe('courtFromHost', () => {
  it('finds a court by its CM/ECF host and its training host', () => {
    expect(courtFromHost('ecf.mnd.uscourts.gov')).toEqual({
      court: courtById('mnd'),
      training: false,
    });
    expect(courtFromHost('ecf-train.cacb.uscourts.gov')).toEqual({
      court: courtById('cacb'),
      training: true,
    });
  });

  it('ignores case and tolerates the trailing dot of a fully qualified name', () => {
    expect(courtFromHost('ECF.MND.USCOURTS.GOV')?.court.id).toBe('mnd');
    expect(courtFromHost('Ecf-Train.NysB.UsCourts.Gov')).toEqual({
      court: courtById('nysb'),
      training: true,
    });
    expect(courtFromHost('ecf.mnd.uscourts.gov.')?.court.id).toBe('mnd');
  });

  it('knows every court at ecf.<id>.uscourts.gov', () => {
    for (const court of COURTS) {
      expect(courtFromHost(`ecf.${court.id}.uscourts.gov`)?.court).toBe(court);
      expect(courtFromHost(`ecf-train.${court.id}.uscourts.gov`)?.court).toBe(court);
    }
  });

  it.each([
    'ecf.mnd.uscourts.gov.example.com',
    'ecfmnd.uscourts.gov',
    'ecf.zzz.uscourts.gov',
    'x.ecf.mnd.uscourts.gov',
    'ecf.mnd.uscourts.gov..',
    'ecf.mnd.uscourts.gov.evil',
    'ecf.mnd.uscourts.com',
    'ecf.mnd-uscourts.gov',
    'ecf.mnd.uscourtsxgov',
    'ecf-test.mnd.uscourts.gov',
    'ecftrain.mnd.uscourts.gov',
    'ecf.uscourts.gov',
    'ecf..uscourts.gov',
    'ecf.mnd.mnd.uscourts.gov',
    'ecf.mndc.uscourts.gov',
    'ecf.constructor.uscourts.gov',
    'ecf.\u212Asd.uscourts.gov', // Kelvin sign, lower-cases to "k"
    ' ecf.mnd.uscourts.gov',
    'ecf.mnd.uscourts.gov:443',
    'pacer.login.uscourts.gov',
    'pacer.uscourts.gov',
    'pacer.psc.uscourts.gov',
    'www.mnd.uscourts.gov',
    '',
  ])('is null for %j', (host) => {
    expect(courtFromHost(host)).toBeNull();
  });
});

describe('courtById', () => {
  it('finds stored ids and nothing else', () => {
    expect(courtById('cacb')?.pacerCode).toBe('CACBK');
    expect(courtById('zzz')).toBeUndefined();
    expect(courtById('')).toBeUndefined();
    expect(courtById('MNDC')).toBeUndefined();
    expect(courtById('constructor')).toBeUndefined();
    expect(courtById('__proto__')).toBeUndefined();
  });
});

describe('courtByPacerCode', () => {
  it('finds a court by pscCourtId, ignoring case', () => {
    expect(courtByPacerCode('MNDC')?.id).toBe('mnd');
    expect(courtByPacerCode('cacbk')?.id).toBe('cacb');
    expect(courtByPacerCode('NmIbK')?.id).toBe('nmib');
    for (const court of COURTS) expect(courtByPacerCode(court.pacerCode)).toBe(court);
  });

  it('is undefined for ids and unknown codes', () => {
    expect(courtByPacerCode('mnd')).toBeUndefined();
    expect(courtByPacerCode('MNDCX')).toBeUndefined();
    expect(courtByPacerCode('')).toBeUndefined();
    expect(courtByPacerCode('toString')).toBeUndefined();
  });
});

describe('courtsNamedIn', () => {
  const named = (text: string) => courtsNamedIn(normalizeText(text)).map((court) => court.id);

  it('finds a court’s PACER title inside a sentence, with or without " - NextGen"', () => {
    expect(
      named('Your request has been submitted to the Iowa Southern District Court - NextGen.'),
    ).toEqual(['iasd']);
    expect(
      named(
        'Court: Iowa Southern District Court - NextGen   Registration: E-File Registration Only',
      ),
    ).toEqual(['iasd']);
    expect(named('Filed in the Texas Western District Court today')).toEqual(['txwd']);
  });

  it('finds every one of the 188 titles, each as itself', () => {
    for (const court of COURTS) {
      expect(named(`Sent to the ${court.pacerTitle}.`)).toEqual([court.id]);
    }
  });

  it('takes the longest title at a place, on word boundaries only', () => {
    // "Texas Western District Court" is not "Texas Western Bankruptcy Court", nor part of a word.
    expect(named('Texas Western Bankruptcy Court')).toEqual(['txwb']);
    expect(named('NotIowa Southern District Courts')).toEqual([]);
  });

  it('lists every court a text names, in order, once each', () => {
    expect(
      named(
        'Texas Western District Court; Iowa Southern District Court; Texas Western District Court',
      ),
    ).toEqual(['txwd', 'iasd']);
  });
});

describe('courtByPacerTitle', () => {
  it('finds a court by the title in PACER drop-downs', () => {
    expect(courtByPacerTitle('Colorado Bankruptcy Court - NextGen')?.id).toBe('cob');
    expect(courtByPacerTitle('Minnesota District Court')?.id).toBe('mnd');
    for (const court of COURTS) {
      expect(courtByPacerTitle(court.pacerTitle)).toBe(court);
      expect(courtByPacerTitle(`${court.pacerTitle} - NextGen`)).toBe(court);
    }
  });

  it('ignores case, runs of white space and how the NextGen suffix is written', () => {
    expect(courtByPacerTitle('  minnesota   DISTRICT\tcourt ')?.id).toBe('mnd');
    expect(courtByPacerTitle('New York\u00a0Southern District Court')?.id).toBe('nysd');
    expect(courtByPacerTitle('Colorado Bankruptcy Court-NextGen')?.id).toBe('cob');
    expect(courtByPacerTitle('Colorado Bankruptcy Court \u2013 NextGen')?.id).toBe('cob');
    expect(courtByPacerTitle('Colorado Bankruptcy Court\u2014NEXTGEN')?.id).toBe('cob');
    expect(courtByPacerTitle('colorado bankruptcy court  -  nextgen  ')?.id).toBe('cob');
  });

  it('tolerates a missing or extra trailing "Court"', () => {
    expect(courtByPacerTitle('Northern Mariana Islands Bankruptcy')?.id).toBe('nmib');
    expect(courtByPacerTitle('Northern Mariana Islands Bankruptcy Court - NextGen')?.id).toBe(
      'nmib',
    );
    expect(courtByPacerTitle('Minnesota District')?.id).toBe('mnd');
    expect(courtByPacerTitle('Minnesota District - NextGen')?.id).toBe('mnd');
  });

  it('is undefined for other text', () => {
    expect(courtByPacerTitle('Minnesota')).toBeUndefined();
    expect(courtByPacerTitle('Minnesota Court')).toBeUndefined();
    expect(courtByPacerTitle('Minnesota District Court Court')).toBeUndefined();
    expect(courtByPacerTitle('Minnesota District Court - Legacy')).toBeUndefined();
    expect(courtByPacerTitle('Court: Minnesota District Court')).toBeUndefined();
    expect(courtByPacerTitle('MNDC')).toBeUndefined();
    expect(courtByPacerTitle('Court')).toBeUndefined();
    expect(courtByPacerTitle(' - NextGen')).toBeUndefined();
    expect(courtByPacerTitle('')).toBeUndefined();
  });
});

describe('searchCourts', () => {
  it.each([
    ['mnd', 'mnd'],
    ['MNDC', 'mnd'],
    ['cacbk', 'cacb'],
    ['minn bank', 'mnb'],
    ['bank minn', 'mnb'],
    ['new york southern', 'nysd'],
    ['california', 'cacd'],
    ['Colorado Bankruptcy Court - NextGen', 'cob'],
    ['northern mariana', 'nmid'],
    ['district of columbia', 'dcd'],
  ])('%j finds %s first', (query, first) => {
    expect(searchCourts(query)[0]?.id).toBe(first);
  });

  it('puts the exact id before courts it is a prefix of', () => {
    expect(ids(searchCourts('nmd'))).toEqual(['nmd']);
    expect(ids(searchCourts('nm'))).toEqual(['nmd', 'nmid', 'nmb', 'nmib']);
    expect(ids(searchCourts('ned'))[0]).toBe('ned');
  });

  it('requires every word to match', () => {
    expect(ids(searchCourts('minn bank'))).toEqual(['mnb']);
    expect(ids(searchCourts('new york southern'))).toEqual(['nysd', 'nysb']);
    expect(searchCourts('minn texas')).toEqual([]);
    expect(searchCourts('zzz')).toEqual([]);
  });

  it('returns a whole state in list order', () => {
    expect(ids(searchCourts('california'))).toEqual([
      'cacd',
      'caed',
      'cand',
      'casd',
      'cacb',
      'caeb',
      'canb',
      'casb',
    ]);
    expect(ids(searchCourts('CALIF'))).toEqual(ids(searchCourts('california')));
  });

  it('ranks state and id prefixes before words found elsewhere', () => {
    // "Oregon" and ord/orb start with "or"; no other court has a word starting "or".
    expect(ids(searchCourts('or'))).toEqual(['ord', 'orb']);
    // "in": Indiana's ids and state first; no word-only matches follow them.
    expect(ids(searchCourts('in')).slice(0, 4)).toEqual(['innd', 'insd', 'innb', 'insb']);
    // The Northern Mariana Islands' state outranks the earlier "Alabama Northern …" titles.
    expect(ids(searchCourts('northern')).slice(0, 3)).toEqual(['nmid', 'nmib', 'alnd']);
  });

  it('ranks PACER titles above the long names', () => {
    // Only the District of Columbia has "of" in its PACER titles; every long name has it.
    expect(ids(searchCourts('of', 3))).toEqual(['dcd', 'dcb', 'akd']);
    // Every bankruptcy court's long name says "Southern District of …": district courts first.
    const hits = searchCourts('southern district', 100);
    const firstBankruptcy = hits.findIndex((court) => court.type === 'bankruptcy');
    expect(firstBankruptcy).toBeGreaterThan(0);
    expect(hits.slice(firstBankruptcy).every((court) => court.type === 'bankruptcy')).toBe(true);
  });

  it('matches words of the long name, ignoring punctuation', () => {
    expect(ids(searchCourts('u.s. bankruptcy court for the district of minnesota'))).toEqual([
      'mnb',
    ]);
    expect(ids(searchCourts('virgin islands'))).toEqual(['vid', 'vib']);
  });

  it('respects the limit', () => {
    expect(searchCourts('bankruptcy')).toHaveLength(10);
    expect(searchCourts('bankruptcy', 3)).toHaveLength(3);
    expect(searchCourts('bankruptcy', 500)).toHaveLength(94);
    expect(searchCourts('mnd', 0)).toEqual([]);
  });

  it('is empty for an empty or blank query', () => {
    expect(searchCourts('')).toEqual([]);
    expect(searchCourts('   \t ')).toEqual([]);
    expect(searchCourts(' - . ')).toEqual([]);
  });
});
