// The gate fetches the overlay early only where a step may show. A page it
// wrongly rules out still gets its step, the overlay only comes later; a page
// it wrongly rules in compiles the overlay for nothing. Both are counted here
// over every page whose recognition is known.
import { mayShowStep } from '../../src/content/may-show-step';
import { FIXTURES } from '../../harness/fixtures/expectations';
import { REAL_CORPUS } from '../fixtures/real-corpus-cases';

const CASES = [...FIXTURES, ...REAL_CORPUS].filter((entry) =>
  new URL(entry.url).hostname.endsWith('.uscourts.gov'),
);

describe('mayShowStep', () => {
  it('rules in every page that is a step of either flow', () => {
    const steps = CASES.filter((entry) => entry.expect.step !== null);
    expect(steps.length).toBeGreaterThan(100);
    expect(steps.filter((entry) => !mayShowStep(new URL(entry.url))).map((e) => e.file)).toEqual(
      [],
    );
  });

  it('rules out dockets and reports, the pages a filer opens most', () => {
    const reports = CASES.filter((entry) =>
      /\/cgi-bin\/(DktRpt|iquery|HistDocQry|qry\w*)\.pl|\/doc1\//i.test(
        new URL(entry.url).pathname,
      ),
    );
    expect(reports.length).toBeGreaterThan(100);
    expect(reports.filter((entry) => mayShowStep(new URL(entry.url))).map((e) => e.file)).toEqual(
      [],
    );
  });

  it.each([
    ['https://ecf.mnd.uscourts.gov/', true],
    ['https://ecf.mnd.uscourts.gov/cgi-bin/login.pl', true],
    ['https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities', true],
    ['https://pacer.login.uscourts.gov/csologin/login.jsf', true],
    ['https://ecf.mnd.uscourts.gov/cgi-bin/DktRpt.pl?123', false],
    ['https://ecf.nysb.uscourts.gov/cgi-bin/SearchClaims.pl?1', false],
    ['https://ecf.mnd.uscourts.gov/doc1/123456', false],
  ])('%s: %s', (url, expected) => {
    expect(mayShowStep(new URL(url))).toBe(expected);
  });
});
