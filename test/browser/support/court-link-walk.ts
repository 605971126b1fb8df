// The court-link flow as a filer walks it on a simulated court site: home →
// PACER login → main → Utilities → Release 1.1 menu → form → confirm → done →
// (F5) main with the filing menus. Each stop names the element the ring must
// be around, found the way a filer would find it, not through the product.
import type { Page } from 'playwright-core';
import { courtById } from '../../../src/flows/court-registry';
import { expectHint, type Stop } from './walk';
import { typeCredentials } from './privacy';
import type { CourtSite } from './simulated-sites';

const content = (page: Page) => page.locator('#cmecfMainContent');
const firstTextField = (page: Page) => page.locator('form input[type="text"]:visible').first();
const submit = (page: Page) => page.getByRole('button', { name: 'Submit', exact: true });
/** The linking utility's link, on the Release 1.1 menu or right under Utilities. */
const LINK_UTILITY = /link a cm\/ecf account to my pacer account/i;
/** The Utilities page's link to the Release 1.1 menu. */
export const RELEASE_1_1 = /nextgen release 1\.1 menu items/i;

export const FILING_MENUS = {
  district: 'Expect the Civil and Criminal menus',
  bankruptcy: 'Expect the Bankruptcy and Adversary menus',
} as const;

/** Stops of the ecf-home → … → utilities part, shared by the variants. */
export function toUtilities(site: CourtSite): Stop[] {
  const { court } = site.config;
  return [
    {
      step: 'ecf-home',
      court,
      target: (page) => page.getByRole('link', { name: /document filing system/i }),
      what: 'the Document Filing System link',
      check: (guide) => expectHint(guide, 'Click Document Filing System.'),
      next: { to: 'pacer.login.uscourts.gov' },
    },
    {
      step: 'pacer-login',
      court,
      target: firstTextField,
      what: 'the PACER username field',
      check: async (guide, page) => {
        expectHint(guide, /shared firm PACER account/);
        await typeCredentials(page, 'pacer');
      },
      next: {
        control: (page) => page.locator('form').getByRole('button', { name: 'Login', exact: true }),
        to: `ecf.${court}.uscourts.gov`,
      },
    },
    {
      step: 'ecf-main',
      court,
      target: (page) => page.locator('#topmenu').getByRole('link', { name: /utilities/i }),
      what: 'Utilities in the menu bar',
      next: { to: 'DisplayMenu.pl?Utilities' },
    },
  ];
}

/**
 * The stop at the linking utility's link, on the page at `step`: the Release
 * 1.1 menu, or Utilities when the link is right under it.
 */
export function atLinkUtility(site: CourtSite, step: 'release-1-1-menu' | 'utilities'): Stop {
  return {
    step,
    court: site.config.court,
    target: (page) => content(page).getByRole('link', { name: LINK_UTILITY }),
    what: 'the “Link a CM/ECF account to my PACER account” link',
    next: { to: 'LinkAccount.pl' },
  };
}

/** Stops of the link form → confirm → done → main part. */
export function fromLinkForm(site: CourtSite): Stop[] {
  const { court } = site.config;
  const type = courtById(court)?.type;
  if (!type) throw new Error(`No court ${court} in the registry`);
  return [
    {
      step: 'link-form',
      court,
      target: firstTextField,
      what: 'the CM/ECF login field',
      check: async (guide, page) => {
        expectHint(guide, /not your PACER/);
        await typeCredentials(page, 'cmecf');
      },
      next: { control: submit, to: 'L_1_0-1' },
    },
    {
      step: 'link-confirm',
      court,
      target: submit,
      what: 'the Submit button',
      check: (guide) => expectHint(guide, 'The names match.'),
      next: { to: 'L_2_0-1' },
    },
    {
      step: 'link-done',
      court,
      target: null,
      check: (guide) => {
        expectHint(guide, 'Press F5 now (⌘R on a Mac).');
        expectHint(guide, FILING_MENUS[type]);
      },
      // F5: the browser posts the confirmation again, and the court shows its main page.
      go: async (page) => {
        await page.reload();
      },
    },
    {
      step: 'ecf-main',
      court,
      name: 'ecf-main-linked',
      target: null,
      check: async (guide, page) => {
        const menus = type === 'district' ? /civil/i : /bankruptcy/i;
        if (!(await page.locator('#topmenu').getByRole('link', { name: menus }).count())) {
          throw new Error('The simulated court did not show its filing menus after F5');
        }
        // A linked court: the guide stays out of the way.
        if (guide.hint !== null || guide.pill !== null) {
          throw new Error(`The guide is in the way on a linked court: ${guide.hint ?? guide.pill}`);
        }
      },
    },
  ];
}

/** The whole walk, by the Release 1.1 menu (the route of seed 002). */
export function courtLinkStops(site: CourtSite): Stop[] {
  return [
    ...toUtilities(site),
    {
      step: 'utilities',
      court: site.config.court,
      target: (page) => content(page).getByRole('link', { name: RELEASE_1_1 }),
      what: 'the NextGen Release 1.1 Menu Items link',
      check: (guide) => expectHint(guide, /NextGen Release 1\.1 Menu Items page/),
      next: { to: site.pages.release11.query },
    },
    atLinkUtility(site, 'release-1-1-menu'),
    ...fromLinkForm(site),
  ];
}
