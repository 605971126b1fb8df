// @vitest-environment node
import { COURTS } from '../../src/flows/court-registry';
import { compactCourt, expandCourt } from '../../src/flows/court-rows';

describe('compact court rows', () => {
  it('round-trips every court, carrying a name or title only where PACER departs from the pattern', () => {
    const rows = COURTS.map(compactCourt);
    expect(rows.map(expandCourt)).toEqual(COURTS);
    expect(rows.filter((row) => row.length > 4).map((row) => row[0])).toEqual([
      'dcd',
      'nmid',
      'vid',
      'dcb',
      'nmib',
      'vib',
    ]);
  });

  it('refuses a court whose PACER code does not follow its id', () => {
    const mnd = COURTS.find((court) => court.id === 'mnd');
    expect(mnd).toBeDefined();
    if (mnd) expect(() => compactCourt({ ...mnd, pacerCode: 'MINNC' })).toThrow(/MINNC/);
  });
});
