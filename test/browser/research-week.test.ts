// @vitest-environment node
// A filer's week in one profile (one install, storage kept from page to page),
// then the popup. Statuses come only from what the filer did or what a page
// proves:
//
//   Monday     research in eight courts: dockets, a case query, a docket
//              history, and in nvb the front page, the PACER login and the
//              main page (all with the PACER-only menu bar)     → no court added
//   Tuesday    a docket in nysd that QUOTES the link utility's success message
//              (in an entry, in the title, in a hidden div)      → nysd not added
//   Wednesday  mnd linked through the link utility              → mnd linked
//   Thursday   a cacb page whose menu bar has the filing menus  → cacb linked
//   Friday     two PACER requests in two tabs: cob begun first; iasd's, begun
//              later, is submitted while a cob page is the latest seen, and its
//              last page names its court only in a sentence      → iasd requested,
//              not cob; then cob's finished                      → cob requested;
//              the registration history: ord Processed           → ord linked
//
// At the end "My courts" lists exactly mnd, cacb, ord (linked) and cob, iasd
// (requested). Each day is a test of its own, so that a failure says which day;
// later days still run on what the earlier ones left.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { courtLinkStops } from './support/court-link-walk';
import type { Reply, Route } from '../../harness/browser/fixture-server';
import { waitForGuide, waitForStep } from '../../harness/browser/guide';
import { browserPage, fixture } from '../../harness/browser/paths';
import { typeCredentials } from './support/privacy';
import { StepScreenshots } from './support/screenshots';
import { useSession } from './support/session';
import {
  CACB,
  MND,
  type CourtSite,
  type CourtSiteConfig,
  type PacerSite,
} from './support/simulated-sites';
import { TAB_WIDGETS_SCRIPT } from './support/tab-widgets';
import { walk } from './support/walk';

const session = useSession();

/**
 * A real page of the shared corpus (test/fixtures/real/corpus/, copied byte
 * for byte from public repositories: see its README and SOURCES.tsv).
 */
function corpus(name: string): string {
  const path = fixture(`real/corpus/${name}`);
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: this test serves real pages of the corpus in test/fixtures/real/corpus/ ` +
        '(copied from the shared folder fixtures/real-corpus/).',
    );
  }
  return path;
}

const ecf = (court: string, path: string): string => `https://ecf.${court}.uscourts.gov${path}`;
const DOCKET = '/cgi-bin/DktRpt.pl?123456';
const NYSD_DOCKET = fixture('real/nysd_nextgen16_pacer_only_menu_docket_rendered.html');

interface Reading {
  readonly court: string;
  readonly path: string;
  /** The page's file, as a function: corpus() checks the file is there when the test runs. */
  readonly file: () => string;
}

/** Monday's reading: eight courts, every page with the PACER-only menu bar. */
const RESEARCH: readonly Reading[] = [
  { court: 'cand', path: DOCKET, file: () => corpus('jur_dockets_district_cand_263146.html') },
  { court: 'txsd', path: DOCKET, file: () => corpus('jur_dockets_district_txsd_1.html') },
  {
    court: 'txsd',
    path: '/cgi-bin/iquery.pl?123456',
    file: () => corpus('jur_case_queries_txsd.html'),
  },
  { court: 'nvb', path: DOCKET, file: () => corpus('jur_dockets_bankruptcy_nvb_3.html') },
  { court: 'cacd', path: DOCKET, file: () => corpus('jur_dockets_district_cacd.html') },
  { court: 'nysb', path: DOCKET, file: () => corpus('jur_dockets_bankruptcy_nysb_1.html') },
  { court: 'azd', path: DOCKET, file: () => corpus('jur_dockets_district_azd.html') },
  // Real pages of other courts served at these courts' hosts: the menu bar is what counts.
  { court: 'ilnd', path: DOCKET, file: () => NYSD_DOCKET },
  {
    court: 'ilnd',
    path: '/cgi-bin/HistDocQry.pl?123456',
    file: () => corpus('jur_docket_history_reports_ilnd_330732.html'),
  },
  { court: 'ctd', path: DOCKET, file: () => NYSD_DOCKET },
  {
    court: 'ctd',
    path: '/cgi-bin/iquery.pl?123456',
    file: () => fixture('real/ctd_nextgen_pacer_only_menu_case_query.html'),
  },
];
const RESEARCH_COURTS = [...new Set(RESEARCH.map((reading) => reading.court))];

/**
 * nvb, where the filer comes in by the front page and logs in before reading:
 * its real front page, a PACER login page, and a bankruptcy main page with the
 * PACER-only menu bar. The rest of the site (the link utility) is never visited.
 */
const NVB: CourtSiteConfig = {
  court: 'nvb',
  pscCourtId: 'NVBK',
  login: fixture('authored/cacb-pacer-login-label-markup.html'),
  pages: {
    ...CACB.pages,
    root: fixture('real/corpus/pc_ecf_root_nvb.html'),
    home: { path: '/', file: fixture('real/corpus/pc_ecf_root_nvb.html') },
    landing: '/cgi-bin/login.pl',
    mainNotLinked: browserPage('cacb-ecf-main-pacer-only.html'),
  },
};

const QUOTING_DOCKET = {
  court: 'nysd',
  url: ecf('nysd', DOCKET),
  file: browserPage('nysd-docket-quotes-link-success.html'),
};
const FILING_MENUS = {
  court: 'cacb',
  url: ecf('cacb', '/cgi-bin/iquery.pl?123456'),
  file: fixture('real/cacb_nextgen1711_bankruptcy_filer_menu_case_query.html'),
};

const WIZARD = 'https://pacer.psc.uscourts.gov/pscof/regmgmt/attyRegistration.jsf';
/** The second request: Iowa Southern District Court, its last page naming it only in a sentence. */
const IASD_WIZARD = [
  browserPage('iasd-court-select.html'),
  browserPage('iasd-registration-type.html'),
  browserPage('iasd-registration-details.html'),
  browserPage('iasd-payment.html'),
  browserPage('iasd-terms.html'),
  browserPage('iasd-request-submitted-sentence-only.html'),
];
/** The view state of the iasd pages' form (JSF's javax.faces.ViewState), their own. */
const IASD_VIEW_STATE = '-4417306593718264102';
const HISTORY = browserPage('pacer-registration-history-week.html');

/** What "My courts" must list at the end of the week, and nothing else. */
const EXPECTED = {
  mnd: 'linked',
  cacb: 'linked',
  ord: 'linked',
  cob: 'requested',
  iasd: 'requested',
} as const;

type Statuses = Record<string, { status?: string; source?: { evidence?: string } }>;

async function storedStatuses(): Promise<Statuses> {
  const { local } = await session().browser.storage();
  return (local.statuses ?? {}) as Statuses;
}

/** The courts the extension keeps a status for, sorted. */
async function storedCourts(): Promise<string[]> {
  return Object.keys(await storedStatuses()).sort();
}

/** What happened to storage since `before`: the courts added, and the courts whose status changed. */
async function changesSince(before: Statuses): Promise<{ added: string[]; changed: string[] }> {
  const after = await storedStatuses();
  const added = Object.keys(after).filter((court) => !(court in before));
  const changed = Object.keys(before).filter(
    (court) => JSON.stringify(before[court]) !== JSON.stringify(after[court]),
  );
  return { added: added.sort(), changed: changed.sort() };
}

/** Soft: nothing in storage changed since `before` (no court added, no status changed). */
async function expectNoChange(before: Statuses, what: string): Promise<void> {
  expect.soft(await changesSince(before), what).toEqual({ added: [], changed: [] });
}

/**
 * The badge text of the tab showing `page`, read in the service worker. Both
 * PACER tabs show the wizard's one URL: the page is brought to the front, and
 * the active tab with its URL is the one.
 */
async function badgeOf(page: Page): Promise<string | null> {
  await page.bringToFront();
  const worker = await session().browser.worker();
  return worker.evaluate(async (url) => {
    interface Tabs {
      readonly tabs: {
        query(query: object): Promise<{ id?: number; url?: string; active?: boolean }[]>;
      };
      readonly action: { getBadgeText(details: { tabId: number }): Promise<string> };
    }
    const chrome = (globalThis as unknown as { chrome: Tabs }).chrome;
    const tabs = (await chrome.tabs.query({})).filter((tab) => tab.url === url);
    const tab = tabs.length === 1 ? tabs[0] : tabs.find((candidate) => candidate.active);
    return tab?.id === undefined ? null : chrome.action.getBadgeText({ tabId: tab.id });
  }, page.url());
}

/**
 * Waits until the content script has run on the page (the guide's element
 * names the court), then a little longer for its report to reach the
 * background. Fails softly: the day goes on.
 */
async function settle(page: Page, court: string): Promise<void> {
  await waitForGuide(page, `name the court ${court}`, (guide) => guide.court === court).catch(
    (error: unknown) => {
      expect.soft(String(error), `the content script on ${page.url()}`).toBe('');
    },
  );
  await page.waitForTimeout(600);
}

/** waitForStep, failing softly so that the walk goes on. */
async function softStep(page: Page, step: string, court?: string): Promise<void> {
  await waitForStep(page, step, court).catch((error: unknown) => {
    expect.soft(String(error)).toBe('');
  });
}

/** Opens `url` in a new tab, served from `file`, and waits for the guide to have run. */
async function read(url: string, file: string, court: string): Promise<Page> {
  session().server.page(url, file);
  const page = await session().browser.newPage();
  await page.goto(url);
  await settle(page, court);
  return page;
}

const button = (page: Page, name: string) =>
  page.locator('form').getByRole('button', { name, exact: true });
// From the keyboard: PrimeFaces keeps the native check box focusable behind its widget.
const tick = (page: Page, id: string) => page.locator(`[id="${id}"]`).press('Space');

/** What the filer does on each page of the attorney registration wizard. */
const WIZARD_PAGES: readonly { step: string; go: (page: Page) => Promise<void> }[] = [
  { step: 'court-select', go: (page) => button(page, 'Next').click() },
  { step: 'registration-type', go: (page) => button(page, 'E-File Registration Only').click() },
  {
    step: 'registration-details',
    go: async (page) => {
      await tick(page, 'regForm:ackChk_input');
      await button(page, 'Next').click();
    },
  },
  { step: 'payment', go: (page) => button(page, 'Next').click() },
  {
    step: 'terms',
    go: async (page) => {
      await tick(page, 'regForm:termsChk_input');
      await tick(page, 'regForm:localChk_input');
      await button(page, 'Submit').click();
    },
  },
];

/**
 * Goes through the wizard's pages from `from` up to, not including, `until`
 * (the end: the request-submitted page), checking on each that the guide
 * shows the step for `court`.
 */
async function throughWizard(
  page: Page,
  court: string,
  from: string,
  until?: string,
): Promise<void> {
  const first = WIZARD_PAGES.findIndex(({ step }) => step === from);
  const last = until ? WIZARD_PAGES.findIndex(({ step }) => step === until) : WIZARD_PAGES.length;
  if (first < 0 || last < first) throw new Error(`No wizard pages from ${from} to ${until}`);
  for (const { step, go } of WIZARD_PAGES.slice(first, last)) {
    await softStep(page, step, court);
    await go(page);
  }
  if (until) await softStep(page, until, court);
  else await page.getByText('Request Submitted', { exact: true }).waitFor();
}

/** From Manage My Account's tabs to the wizard's first page (the Court drop-down). */
async function toWizard(page: Page): Promise<void> {
  await softStep(page, 'manage-account');
  await page.getByRole('tab', { name: 'Maintenance' }).click();
  await softStep(page, 'maintenance');
  await page
    .getByRole('link', { name: 'Attorney Admissions / E-File Registration', exact: true })
    .click();
  await page.waitForURL(WIZARD);
}

/**
 * The iasd request's wizard, in a second tab while the simulated site's own
 * (cob's) is under way in the first. JSF tells the two apart by their view
 * state, and so does this route: the iasd pages carry their own. The GET that
 * begins it is the one after `begin()`.
 */
function iasdWizard(): { route: Route; begin: () => void } {
  let beginning = false;
  let shown = -1;
  const reply = (index: number): Reply => {
    shown = Math.min(index, IASD_WIZARD.length - 1);
    return { file: IASD_WIZARD[shown]!, script: TAB_WIDGETS_SCRIPT };
  };
  const route: Route = (request) => {
    if (request.url.href !== WIZARD) return null;
    if (request.method === 'GET' && beginning) {
      beginning = false;
      return reply(0);
    }
    if (request.method === 'POST' && request.body.includes(IASD_VIEW_STATE))
      return reply(shown + 1);
    return null;
  };
  return { route, begin: () => (beginning = true) };
}

describe('a week of research, one link, one linked court, two PACER requests', () => {
  const screenshots = new StepScreenshots('research-week');
  let courts: { readonly mnd: CourtSite; readonly nvb: CourtSite };
  let pacer: PacerSite;
  /** The tabs of the two PACER requests. */
  let cobTab: Page;
  let iasdTab: Page;

  beforeAll(() => {
    corpus('pc_ecf_root_nvb.html');
    const sites = session().sites(MND, NVB);
    const [mnd, nvb] = sites.courts;
    if (!mnd || !nvb) throw new Error('The simulated courts did not start');
    courts = { mnd, nvb };
    pacer = sites.pacer;
  });

  afterAll(() => {
    screenshots.report();
  });

  it('Monday: reading dockets, queries, a front page, the login and the main page adds no court', async () => {
    // nvb: the front page, its way in, PACER's login, the main page, then a docket.
    const nvb = await session().browser.newPage();
    await nvb.goto(ecf('nvb', '/'));
    await softStep(nvb, 'ecf-home', 'nvb');
    await nvb.waitForTimeout(600);
    await screenshots.take(nvb, 'monday-nvb-front-page');
    await expectNoChange({}, 'nvb’s front page');
    await nvb.getByRole('link', { name: /document filing system/i }).click();
    await nvb.waitForURL((url) => url.host === 'pacer.login.uscourts.gov');
    await softStep(nvb, 'pacer-login', 'nvb');
    await nvb.waitForTimeout(600);
    await expectNoChange({}, 'PACER’s login page for nvb');
    await typeCredentials(nvb, 'pacer');
    await button(nvb, 'Login').click();
    await nvb.waitForURL(ecf('nvb', '/cgi-bin/login.pl'));
    expect(courts.nvb.loggedIn, 'logged in to nvb').toBe(true);
    await settle(nvb, 'nvb');
    await screenshots.take(nvb, 'monday-nvb-main-page');
    await expectNoChange({}, 'nvb’s main page after the login');
    await nvb.close();

    for (const { court, path, file } of RESEARCH) {
      const before = await storedStatuses();
      const page = await read(ecf(court, path), file(), court);
      expect.soft(await badgeOf(page), `the badge on ${page.url()}`).toBe('');
      await expectNoChange(before, `reading ${page.url()}`);
      await page.close();
    }
    expect(RESEARCH_COURTS).toHaveLength(8);
    expect(await storedCourts()).toEqual([]);
    expect(await session().browser.popupStatuses()).toEqual({});
  });

  it('Tuesday: a docket quoting the success message does not mark its court linked', async () => {
    const start = await storedStatuses();
    const page = await read(QUOTING_DOCKET.url, QUOTING_DOCKET.file, QUOTING_DOCKET.court);
    // The quotation is there, three times over: in an entry, the title, a hidden div.
    await expect(page.title()).resolves.toMatch(/successfully linked your CM\/ECF account/);
    expect(await page.locator('td', { hasText: /successfully linked/ }).count()).toBeGreaterThan(0);
    expect(
      await page
        .locator('div[style*="display: none"]', { hasText: /successfully linked/ })
        .isHidden(),
    ).toBe(true);
    await screenshots.take(page, 'tuesday-nysd-docket-quoting');
    expect.soft(await badgeOf(page), 'the badge on the quoting docket').toBe('');
    expect(await changesSince(start)).toEqual({ added: [], changed: [] });
    await page.close();
  });

  it('Wednesday: linking mnd through the link utility makes it linked', async () => {
    const start = await storedStatuses();
    const page = await session().browser.newPage();
    await page.goto(ecf('mnd', '/'));
    const report = await walk(page, courtLinkStops(courts.mnd), screenshots);
    expect.soft(report.problems).toEqual([]);
    expect(report.reached).toEqual([
      'ecf-home',
      'pacer-login',
      'ecf-main',
      'utilities',
      'release-1-1-menu',
      'link-form',
      'link-confirm',
      'link-done',
      'ecf-main-linked',
    ]);
    expect(courts.mnd.linked).toBe(true);
    await expect.poll(() => badgeOf(page), { timeout: 5_000 }).toBe('✓');
    await page.close();
    expect(await storedStatuses()).toMatchObject({
      mnd: { status: 'linked', source: { kind: 'detected', evidence: 'link-done' } },
    });
    expect(await changesSince(start)).toEqual({ added: ['mnd'], changed: [] });
  });

  it('Thursday: a page whose menu bar shows the filing menus makes its court linked', async () => {
    const start = await storedStatuses();
    const page = await read(FILING_MENUS.url, FILING_MENUS.file, FILING_MENUS.court);
    await expect
      .poll(storedStatuses, { timeout: 5_000 })
      .toMatchObject({ cacb: { status: 'linked', source: { evidence: 'filing-menus' } } });
    await expect.poll(() => badgeOf(page), { timeout: 5_000 }).toBe('✓');
    await page.close();
    expect(await changesSince(start)).toEqual({ added: ['cacb'], changed: [] });
  });

  it('Friday: a request for cob, begun in one tab, makes cob in progress', async () => {
    const start = await storedStatuses();
    cobTab = await session().browser.newPage();
    const page = cobTab;
    await page.goto(pacer.homeUrl);
    await softStep(page, 'pacer-home');
    await page
      .locator('.home-tabs__nav')
      .getByRole('link', { name: 'Manage Your Account' })
      .click();
    await page.getByRole('link', { name: 'Manage My Account Login' }).click();
    await page.waitForURL(/\/my-account-billing\/manage-my-account/);
    await softStep(page, 'manage-login-gate');
    await page.getByRole('link', { name: 'Log in to Manage My Account' }).click();
    await page.waitForURL((url) => url.host === 'pacer.login.uscourts.gov');
    await softStep(page, 'pacer-login');
    await typeCredentials(page, 'pacer');
    await button(page, 'Login').click();
    await page.waitForURL(/\/pscof\/manage\/maintenance\.jsf/);
    await toWizard(page);
    // The simulated site's wizard: Colorado chosen on the Court drop-down.
    await throughWizard(page, 'cob', 'court-select', 'registration-details');
    await expect.poll(storedStatuses, { timeout: 5_000 }).toMatchObject({
      cob: { status: 'in-progress', flow: 'pacer-request', step: 'registration-details' },
    });
    expect(await changesSince(start)).toEqual({ added: ['cob'], changed: [] });
  });

  it('Friday: a second request, for iasd in another tab, named only in a sentence on its last page, is recorded for iasd and not for cob', async () => {
    const start = await storedStatuses();
    const iasd = iasdWizard();
    session().server.route(iasd.route);
    iasdTab = await session().browser.newPage();
    const page = iasdTab;
    await page.goto('https://pacer.psc.uscourts.gov/pscof/manage/maintenance.jsf');
    iasd.begin();
    await toWizard(page);
    await throughWizard(page, 'iasd', 'court-select', 'terms');
    await expect.poll(storedStatuses, { timeout: 5_000 }).toMatchObject({
      iasd: { status: 'in-progress', flow: 'pacer-request', step: 'terms' },
    });

    // Back in the first tab, a page of the earlier court: Colorado's request
    // moves on to its payment page, the latest page of a request under way.
    await throughWizard(cobTab, 'cob', 'registration-details', 'payment');
    await expect.poll(storedStatuses, { timeout: 5_000 }).toMatchObject({
      cob: { status: 'in-progress', flow: 'pacer-request', step: 'payment' },
    });
    const cobBefore = (await storedStatuses()).cob;

    // iasd's request submitted: the page names the court only in a sentence.
    await throughWizard(page, 'iasd', 'terms');
    expect(await page.locator('.court-line').count(), 'a "Court:" line').toBe(0);
    expect(await page.locator('select').count(), 'a drop-down').toBe(0);
    await page
      .getByText('Your request has been submitted to the Iowa Southern District Court - NextGen.')
      .waitFor();
    await softStep(page, 'request-submitted', 'iasd');
    await screenshots.take(page, 'friday-iasd-request-submitted');
    await expect
      .poll(storedStatuses, { timeout: 5_000 })
      .toMatchObject({ iasd: { status: 'requested', source: { evidence: 'request-submitted' } } });
    expect.soft(await badgeOf(page), 'the badge on iasd’s request-submitted page').toBe('11');
    // Not recorded against Colorado: cob is where its own pages left it.
    expect((await storedStatuses()).cob, 'cob after iasd’s request was submitted').toEqual(
      cobBefore,
    );
    expect((await changesSince(start)).added).toEqual(['iasd']);
  });

  it('Friday: the cob request, finished in its own tab, ends requested', async () => {
    const start = await storedStatuses();
    const page = cobTab;
    await throughWizard(page, 'cob', 'payment');
    await softStep(page, 'request-submitted', 'cob');
    await screenshots.take(page, 'friday-cob-request-submitted');
    await expect
      .poll(storedStatuses, { timeout: 5_000 })
      .toMatchObject({ cob: { status: 'requested', source: { evidence: 'request-submitted' } } });
    expect.soft(await badgeOf(page), 'the badge on cob’s request-submitted page').toBe('11');
    expect(await changesSince(start)).toEqual({ added: [], changed: ['cob'] });
    await page.close();
  });

  it('Friday: the registration history with ord Processed makes ord linked, the pending ones stay requested', async () => {
    const start = await storedStatuses();
    pacer.withPages({ history: HISTORY });
    const page = iasdTab;
    await page
      .getByRole('link', { name: 'E-File Registration/Maintenance History' })
      .first()
      .click();
    await page.waitForURL(/regHistory\.jsf/);
    await softStep(page, 'registration-history');
    await screenshots.take(page, 'friday-registration-history');
    await expect
      .poll(storedStatuses, { timeout: 5_000 })
      .toMatchObject({ ord: { status: 'linked', source: { evidence: 'request-processed' } } });
    expect((await changesSince(start)).added).toEqual(['ord']);
    expect(await storedStatuses()).toMatchObject({
      cob: { status: 'requested', source: { evidence: 'request-submitted' } },
      iasd: { status: 'requested', source: { evidence: 'request-submitted' } },
    });
    await page.close();
  });

  it('shows in the popup exactly the courts the filer linked or requested, with their statuses', async () => {
    const popup = await session().browser.openPopup();
    try {
      const rows = await popup
        .locator('section[aria-labelledby="my-courts-heading"] [data-court]')
        .evaluateAll((elements) =>
          elements.map((element) => [
            element.getAttribute('data-court') ?? '',
            element.getAttribute('data-status') ?? '',
          ]),
        );
      // The whole popup, every group of My courts (the popup's window is shorter).
      await popup.screenshot({
        path: await screenshots.take(popup, 'popup-my-courts'),
        fullPage: true,
      });
      // One row per court, and only these five.
      expect(rows.map(([court]) => court).sort()).toEqual(Object.keys(EXPECTED).sort());
      expect(Object.fromEntries(rows)).toEqual(EXPECTED);
      expect(await popup.locator('#my-courts-heading ~ .summary').textContent()).toBe(
        '3 of 5 courts linked',
      );
      // None of Monday's courts, nor the court whose docket quoted the success message.
      const listed = rows.map(([court]) => court);
      for (const court of [...RESEARCH_COURTS, QUOTING_DOCKET.court]) {
        expect.soft(listed, `${court} is not in My courts`).not.toContain(court);
      }
    } finally {
      await popup.close();
    }
  });

  it('keeps in storage exactly those five courts, each with what proved its status', async () => {
    expect(await storedCourts()).toEqual(Object.keys(EXPECTED).sort());
    expect(await storedStatuses()).toMatchObject({
      mnd: { status: 'linked', source: { kind: 'detected', evidence: 'link-done' } },
      cacb: { status: 'linked', source: { kind: 'detected', evidence: 'filing-menus' } },
      ord: { status: 'linked', source: { kind: 'detected', evidence: 'request-processed' } },
      cob: { status: 'requested', source: { kind: 'detected', evidence: 'request-submitted' } },
      iasd: { status: 'requested', source: { kind: 'detected', evidence: 'request-submitted' } },
    });
  });
});
