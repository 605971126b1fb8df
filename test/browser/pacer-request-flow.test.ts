// @vitest-environment node
// The pacer-request flow (seed 003) in Chromium with the built extension: from
// PACER's home page through the registration wizard to `requested`; a court
// missing from the Court drop-down turning into linked; and the privacy proof
// over everything this file typed and loaded.
import type { Page } from 'playwright-core';
import { expectAccessiblePopup } from './support/accessibility';
import { readGuide, waitForStep } from '../../harness/browser/guide';
import { browserPage, fixture } from '../../harness/browser/paths';
import {
  expectNoSentinelStored,
  expectOnlyFixtureTraffic,
  typeCredentials,
} from './support/privacy';
import { StepScreenshots } from './support/screenshots';
import { useSession } from './support/session';
import {
  accessibilityFindings,
  expectHint,
  walk,
  type Stop,
  type WalkReport,
} from './support/walk';

const WIZARD = 'https://pacer.psc.uscourts.gov/pscof/regmgmt/attyRegistration.jsf';
// From the keyboard: PrimeFaces keeps the native check box focusable behind its widget.
const tick = (page: Page, id: string) => page.locator(`[id="${id}"]`).press('Space');
const button = (name: string) => (page: Page) =>
  page.locator('form').getByRole('button', { name, exact: true });

/** Seed 003, page by page: what the guide must ring, and what the filer does. */
const STOPS: readonly Stop[] = [
  {
    step: 'pacer-home',
    name: 'pacer-home-tabs',
    target: (page) =>
      page.locator('.home-tabs__nav').getByRole('link', { name: 'Manage Your Account' }),
    what: 'the Manage Your Account tab',
    next: {},
  },
  {
    step: 'pacer-home',
    target: (page) => page.getByRole('link', { name: 'Manage My Account Login' }),
    what: 'the Manage My Account Login link',
    next: { to: '/my-account-billing/manage-my-account' },
  },
  {
    step: 'manage-login-gate',
    target: (page) => page.getByRole('link', { name: 'Log in to Manage My Account' }),
    what: 'the Log in to Manage My Account button',
    next: { to: 'pacer.login.uscourts.gov' },
  },
  {
    step: 'pacer-login',
    target: (page) => page.locator('form input[type="text"]:visible').first(),
    what: 'the PACER username field',
    check: (_, page) => typeCredentials(page, 'pacer'),
    next: { control: button('Login'), to: '/pscof/manage/maintenance.jsf' },
  },
  {
    step: 'manage-account',
    target: (page) => page.getByRole('tab', { name: 'Maintenance' }),
    what: 'the Maintenance tab',
    next: {},
  },
  {
    step: 'maintenance',
    target: (page) =>
      page.getByRole('link', { name: 'Attorney Admissions / E-File Registration', exact: true }),
    what: 'the Attorney Admissions / E-File Registration link',
    check: (guide) => expectHint(guide, /E-File Registration\/Maintenance History/),
    next: { to: WIZARD },
  },
  {
    step: 'court-select',
    court: 'cob',
    // The page comes with Colorado and its court type chosen: the guide has moved on to Next.
    target: button('Next'),
    what: 'the Next button',
    check: (guide) => expectHint(guide, /not in the list/),
    next: {},
  },
  {
    step: 'registration-type',
    court: 'cob',
    target: button('E-File Registration Only'),
    what: 'the E-File Registration Only button',
    next: {},
  },
  {
    step: 'registration-details',
    court: 'cob',
    target: (page) => page.locator('[id="regForm:ackChk"]'),
    what: 'the acknowledgement check box',
    check: (_, page) => tick(page, 'regForm:ackChk_input'),
    next: { control: button('Next') },
  },
  {
    step: 'payment',
    court: 'cob',
    target: button('Next'),
    what: 'the Next button',
    next: {},
  },
  {
    step: 'terms',
    court: 'cob',
    target: (page) => page.locator('[id="regForm:termsChk"]'),
    what: 'the terms check box',
    check: async (_, page) => {
      await tick(page, 'regForm:termsChk_input');
      await tick(page, 'regForm:localChk_input');
    },
    next: { control: button('Submit') },
  },
  {
    step: 'request-submitted',
    court: 'cob',
    target: null,
    check: (guide) => expectHint(guide, /confirmation email/i),
    next: {
      control: (page) =>
        page.getByRole('link', { name: 'E-File Registration/Maintenance History' }).first(),
      to: 'regHistory.jsf',
    },
  },
  { step: 'registration-history', target: null },
];

const session = useSession();

describe('the pacer-request flow', () => {
  const screenshots = new StepScreenshots('pacer-request');
  let report: WalkReport | null = null;
  let page: Page;

  afterAll(async () => {
    screenshots.report();
    await page?.close();
  });

  it('guides every page from PACER’s home to the request history, the ring on the element to use', async () => {
    const { pacer } = session().sites();
    page = await session().browser.newPage();
    await page.goto(pacer.homeUrl);
    report = await walk(page, STOPS, screenshots);
    expect(report.problems).toEqual([]);
    expect(report.reached).toEqual(STOPS.map((stop) => stop.name ?? stop.step));
  });

  it('shows the court requested in the popup', async () => {
    expect(await session().browser.popupStatuses()).toMatchObject({ cob: 'requested' });
    const { local } = await session().browser.storage();
    expect(local).toMatchObject({
      statuses: { cob: { status: 'requested', source: { evidence: 'request-submitted' } } },
    });
  });

  it('has no serious or critical accessibility violation in the guide on any step', () => {
    expect(report, 'the walk did not run').not.toBeNull();
    if (report) expect(accessibilityFindings(report)).toEqual({});
  });

  it('has no serious or critical accessibility violation in the popup', async () => {
    await expectAccessiblePopup(session().browser);
  });

  it('turns the request linked once the history shows it processed', async () => {
    session().sites();
    const history = 'https://pacer.psc.uscourts.gov/pscof/regmgmt/regHistory.jsf';
    session().server.page(history, browserPage('pacer-registration-history-cob-processed.html'));
    const tab = await session().browser.newPage();
    await tab.goto(history);
    await waitForStep(tab, 'registration-history');
    await tab.waitForTimeout(1_000);
    await tab.close();
    const { local } = await session().browser.storage();
    expect(local, 'cob after its history row says Processed').toMatchObject({
      statuses: { cob: { status: 'linked', source: { evidence: 'request-processed' } } },
    });
  });
});

describe('a court missing from the Court drop-down', () => {
  it('turns a court whose PACER request was under way into linked', async () => {
    session().sites();
    // The walk above saw mnd processed in the history: start this filer afresh.
    await session().browser.forgetStatuses();
    const page = await session().browser.newPage();
    // The filer started a request for mnd: the wizard page names the court.
    session().server.page(WIZARD, fixture('authored/mnd-registration-type-radio.html'));
    await page.goto(WIZARD);
    await waitForStep(page, 'registration-type', 'mnd');
    await expect
      .poll(async () => (await session().browser.storage()).local)
      .toMatchObject({
        statuses: { mnd: { status: 'in-progress', flow: 'pacer-request' } },
      });
    // Back at the Court drop-down, the district list no longer offers mnd.
    const select = 'https://pacer.psc.uscourts.gov/pscof/regmgmt/nonAttyRegistration.jsf';
    session().server.page(select, fixture('authored/pacer-court-select.html'));
    await page.goto(select);
    await waitForStep(page, 'court-select');
    await expect.poll(() => session().browser.popupStatuses()).toMatchObject({ mnd: 'linked' });
    expect((await session().browser.storage()).local).toMatchObject({
      statuses: { mnd: { status: 'linked', source: { evidence: 'court-not-offered' } } },
    });
  });

  it('tells the filer there why the court is missing', async () => {
    // The page of the test above, now that the background has recorded mnd linked.
    const [page] = session()
      .browser.context.pages()
      .filter((open) => open.url().includes('nonAtty'));
    expect(page, 'the Court drop-down page is still open').toBeDefined();
    if (!page) return;
    await page.waitForTimeout(500);
    const guide = await readGuide(page);
    expect(guide?.step).toBe('court-select');
    expectHint(guide ?? ({ hint: null } as never), /not in the list/);
    await page.close();
  });
});

describe('privacy', () => {
  it('leaves the typed credentials out of every storage area and every request', async () => {
    await expectNoSentinelStored(session().browser);
    const checked = expectOnlyFixtureTraffic(session().browser, session().server);
    expect(checked.requests).toBeGreaterThan(20);
    // The typing did reach the wire, in the page's own login form.
    expect(checked.ownFormPosts).toBeGreaterThanOrEqual(1);
  });
});
