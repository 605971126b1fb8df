// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CourtDataError, courtsFromCsv } from '../../scripts/import-courts';
import {
  divisionOf,
  helpDesksFromLookup,
  helpDesksJson,
  pageOf,
  phoneOf,
} from '../../scripts/import-help-desks';
import { helpDeskOf, telHref } from '../../src/flows/court-help-desks';
import { COURTS } from '../../src/flows/court-registry';

const fromRoot = (path: string): string => resolve(import.meta.dirname, '../..', path);
const lookupText = readFileSync(fromRoot('src/flows/pacer-court-lookup.json'), 'utf8');
const courts = courtsFromCsv(readFileSync(fromRoot('src/flows/courts.csv'), 'utf8'));

const problemsOf = (run: () => unknown): readonly string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof CourtDataError) return error.problems;
    throw error;
  }
  return [];
};

describe('help desk data', () => {
  it('court-help-desks.json is what the import script derives from the court lookup', () => {
    expect(readFileSync(fromRoot('src/flows/court-help-desks.json'), 'utf8')).toBe(
      helpDesksJson(helpDesksFromLookup(lookupText, courts)),
    );
  });

  it.skipIf(!existsSync(fromRoot('../shared/data/pacer-court-lookup.json')))(
    'pacer-court-lookup.json is still a copy of the shared court lookup',
    () => {
      expect(lookupText).toBe(
        readFileSync(fromRoot('../shared/data/pacer-court-lookup.json'), 'utf8'),
      );
    },
  );

  // PACER's lookup gives these courts no phone: none at all (alsb, gud, nmid,
  // nmib), or only an e-mail address (sdd; txwd, whose phone is "NA"). And no
  // information page to nmid, nmib and vib. Anything else losing its phone or
  // page fails here.
  const WITHOUT_PHONE = ['alsb', 'gud', 'nmib', 'nmid', 'sdd', 'txwd'];
  const WITHOUT_PAGE = ['nmib', 'nmid', 'vib'];

  it('has a phone and a page for every one of the 188 courts but the few listed', () => {
    expect(COURTS).toHaveLength(188);
    const desks = COURTS.map((court) => ({ id: court.id, desk: helpDeskOf(court.id) }));
    expect(desks.filter(({ desk }) => desk === null)).toEqual([]);
    expect(
      desks
        .filter(({ desk }) => desk?.phones.length === 0)
        .map(({ id }) => id)
        .sort(),
    ).toEqual(WITHOUT_PHONE);
    expect(
      desks
        .filter(({ desk }) => desk?.page === null)
        .map(({ id }) => id)
        .sort(),
    ).toEqual(WITHOUT_PAGE);
  });

  it('gives every phone a display form and a tel: link with the same digits', () => {
    for (const court of COURTS) {
      for (const phone of helpDeskOf(court.id)?.phones ?? []) {
        expect(phone.number, court.id).toMatch(
          /^(?:\d{3}-\d{3}-\d{4}|\(\d{3}\) \d{3}-\d{4})(?: ext\. \d+|, option \d+)?$/,
        );
        expect(phone.href, court.id).toMatch(/^tel:\+1[2-9]\d\d[2-9]\d{6}(?:;ext=\d+)?$/);
        const digits = phone.number.replace(/(?: ext\.|, option).*$/, '').replace(/\D/g, '');
        expect(phone.href.slice('tel:+1'.length, 'tel:+1'.length + 10)).toBe(digits);
        expect(phone.division ?? 'x', court.id).not.toMatch(/@|https?:|&amp;/);
      }
    }
  });

  it('links only to https pages of uscourts.gov', () => {
    for (const court of COURTS) {
      const page = helpDeskOf(court.id)?.page;
      if (page)
        expect(new URL(page).protocol + new URL(page).hostname).toMatch(/^https:.*uscourts\.gov$/);
    }
  });

  it('keeps known courts as the lookup gives them', () => {
    expect(helpDeskOf('mnd')).toEqual({
      page: 'https://www.mnd.uscourts.gov/',
      phones: [{ number: '866-325-4975', href: 'tel:+18663254975', division: null }],
    });
    expect(helpDeskOf('insb')?.phones[0]).toEqual({
      number: '(317) 229-3800',
      href: 'tel:+13172293800',
      division: null,
    });
    expect(helpDeskOf('txwb')?.phones[0]?.href).toBe('tel:+12104726720;ext=240');
    expect(helpDeskOf('txwb')?.phones[0]?.number).toBe('210-472-6720 ext. 240');
    expect(helpDeskOf('paeb')?.phones.map((phone) => phone.number)).toEqual([
      '215-408-2800 ext. 2817',
      '215-408-2800 ext. 2368',
      '610-208-5060 ext. 225',
    ]);
    expect(helpDeskOf('nceb')?.phones[0]).toEqual({
      number: '866-222-8029, option 12',
      href: 'tel:+18662228029',
      division: null,
    });
    expect(helpDeskOf('vaed')?.phones[0]?.division).toBe('Alexandria - Civil & all user IDs/pswds');
    expect(helpDeskOf('nywd')?.phones.map((phone) => phone.division)).toEqual([
      'Buffalo',
      'Rochester',
    ]);
    expect(helpDeskOf('cacb')?.phones.map((phone) => phone.number)).toEqual([
      '213-894-2365',
      '855-460-9641',
    ]);
    expect(helpDeskOf('vib')).toEqual({
      page: null,
      phones: [{ number: '340-774-8310', href: 'tel:+13407748310', division: null }],
    });
  });

  it('is null for ids that are no court', () => {
    expect(helpDeskOf('zzz')).toBeNull();
    expect(helpDeskOf('__proto__')).toBeNull();
    expect(helpDeskOf('MND')).toBeNull();
  });
});

describe('reading the lookup', () => {
  it('reads the spellings courts use, and no phone from NA or an e-mail address', () => {
    expect(phoneOf({ phone: '612.664.5155' }, 'x')).toEqual(['612-664-5155']);
    expect(phoneOf({ phone: '(612) 664-5155' }, 'x')).toEqual(['(612) 664-5155']);
    expect(phoneOf({ phone: '215-408-2800 Ext. 2368' }, 'x')).toEqual(['215-408-2800 ext. 2368']);
    expect(phoneOf({ phone: '304-232-0011', phoneExt: '235' }, 'x')).toEqual([
      '304-232-0011 ext. 235',
    ]);
    expect(phoneOf({ phone: '585-613-4000 - general #' }, 'x')).toEqual(['585-613-4000']);
    expect(phoneOf({ phone: 'NA', division: 'help@x.uscourts.gov' }, 'x')).toBeNull();
    expect(phoneOf({ phone: 'N/A' }, 'x')).toBeNull();
    expect(phoneOf({ phone: 'newcases@cod.uscourts.gov' }, 'x')).toBeNull();
    expect(phoneOf({ division: 'Reset: Email cod_cmecf@cod.uscourts.gov' }, 'x')).toBeNull();
  });

  it('refuses what it cannot read, rather than guess', () => {
    expect(problemsOf(() => phoneOf({ phone: '555-1234' }, 'x'))).toEqual([
      'x: help desk phone "555-1234" is no phone number',
    ]);
    expect(problemsOf(() => phoneOf({ phone: '612-664-5155 after 5pm' }, 'x'))).toEqual([
      'x: help desk phone "612-664-5155 after 5pm" has unknown text after it',
    ]);
    expect(problemsOf(() => phoneOf({ phone: '112-664-5155' }, 'x'))).toHaveLength(1);
    expect(problemsOf(() => pageOf('https://example.com/cmecf', 'x'))).toHaveLength(1);
    expect(problemsOf(() => pageOf('javascript:alert(1)', 'x'))).toHaveLength(1);
  });

  it('keeps division names without addresses, links or markup', () => {
    expect(divisionOf('Alexandria - Civil &amp; all user IDs/pswds')).toBe(
      'Alexandria - Civil & all user IDs/pswds',
    );
    expect(
      divisionOf('Rochester    http://www.nywd.uscourts.gov/cmecf to rest lost password'),
    ).toBe('Rochester');
    expect(
      divisionOf('Admissions/biennial fee inquiries: Email cod_attorneyservices@cod.uscourts.gov'),
    ).toBe('Admissions/biennial fee inquiries');
    expect(divisionOf('<b>Tucson</b>')).toBeNull();
    expect(divisionOf(undefined)).toBeNull();
  });

  it('makes every page https', () => {
    expect(pageOf('http://www.mnd.uscourts.gov', 'x')).toBe('https://www.mnd.uscourts.gov/');
    expect(pageOf(null, 'x')).toBeNull();
  });

  it('fails on a court missing from the lookup, or listed under another code or title', () => {
    const lookup = JSON.parse(lookupText) as { data: Record<string, unknown>[] };
    const edited = {
      ...lookup,
      data: lookup.data
        .filter((entry) => entry.court_id !== 'MNBK')
        .map((entry) =>
          entry.court_id === 'MNDC'
            ? { ...entry, court_id: 'MNDX', title: 'Minnesota Other Court' }
            : entry,
        ),
    };
    expect(problemsOf(() => helpDesksFromLookup(JSON.stringify(edited), courts))).toEqual([
      'mnd: court_id "MNDX", expected MNDC',
      'mnd: title "Minnesota Other Court", expected "Minnesota District Court"',
      'mnb: not in the court lookup',
    ]);
  });

  it('derives tel: links from the numbers it stored', () => {
    expect(telHref('(612) 664-5155')).toBe('tel:+16126645155');
    expect(telHref('866-820-5315 ext. 1')).toBe('tel:+18668205315;ext=1');
    expect(() => telHref('call us')).toThrow(/not a help desk number/);
  });
});
