// The practice pages' map: one look-alike per page of both flows, the
// addresses they imitate, and the ways the real sites lead through them.
import { classifyHost } from '../../src/detection/classify-host';
import { courtById } from '../../src/flows/court-registry';
import {
  PAGE_IDS,
  PAGES,
  isPageId,
  nextPage,
  pagesOfFlow,
  previousPage,
  virtualUrl,
  type PracticePageId,
} from '../../src/practice/practice-pages';
import type { VariantId } from '../../src/practice/variants';

function walk(from: PracticePageId, variant: VariantId): PracticePageId[] {
  const way = [from];
  for (let page = nextPage(from, variant); page; page = nextPage(page, variant)) way.push(page);
  return way;
}

describe('the practice pages', () => {
  it('have one entry for every step, in the order of the flows', () => {
    expect(PAGES.map((page) => page.id)).toEqual([...PAGE_IDS]);
    expect(new Set(PAGE_IDS).size).toBe(PAGE_IDS.length);
    expect(isPageId('utilities')).toBe(true);
    expect(isPageId('docket')).toBe(false);
  });

  it('lead through the court’s site, past the Release 1.1 page unless the link is missing', () => {
    const courtLink = pagesOfFlow('court-link').map((page) => page.id);
    expect(courtLink.slice(0, 2)).toEqual(['ecf-home', 'court-login']);
    expect(courtLink.slice(-2)).toEqual(['link-done', 'ecf-main-linked']);
    expect(walk('ecf-home', 'none')).toEqual(courtLink.filter((id) => id !== 'release-1-1-menu'));
    expect(walk('utilities', 'release-route')).toEqual(
      courtLink.slice(courtLink.indexOf('utilities')),
    );
    expect(walk('utilities', 'release-route')).toContain('release-1-1-menu');
    // Shown by a jump, the Release 1.1 page still leads on to the form and back to Utilities.
    expect(nextPage('release-1-1-menu', 'none')).toBe('link-form');
    expect(previousPage('release-1-1-menu', 'none')).toBe('utilities');
  });

  it('lead through PACER from the home page to the history', () => {
    expect(walk('pacer-home', 'none')).toEqual(pagesOfFlow('pacer-request').map((page) => page.id));
    expect(previousPage('pacer-home', 'none')).toBeNull();
    expect(previousPage('court-login', 'none')).toBe('ecf-home');
  });

  it('imitate addresses on the court’s hosts, the court’s own for its site', () => {
    const cacb = courtById('cacb');
    if (!cacb) throw new Error('no cacb');
    for (const page of PAGES) {
      const url = new URL(virtualUrl(page.id, cacb, 'attorney'));
      expect(classifyHost(url), page.id).not.toBeNull();
      if (page.flow === 'court-link' && page.id !== 'court-login') {
        expect(url.hostname).toBe('ecf.cacb.uscourts.gov');
      }
    }
    expect(virtualUrl('utilities', cacb, 'attorney')).toBe(
      'https://ecf.cacb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
    );
    const login = new URL(virtualUrl('court-login', cacb, 'attorney'));
    expect(login.searchParams.get('pscCourtId')).toBe('CACBK');
    expect(login.searchParams.get('appurl')).toBe('https://ecf.cacb.uscourts.gov/cgi-bin/login.pl');
    expect(virtualUrl('terms', cacb, 'non-attorney')).toBe(
      'https://pacer.psc.uscourts.gov/pscof/regmgmt/nonAttyRegistration.jsf',
    );
  });
});
