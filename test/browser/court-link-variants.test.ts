// @vitest-environment node
// The court-link flow's other roads, in Chromium with the built extension: the
// linking link right under Utilities, names that don't match, a target that is
// missing or comes late, a court page off the flow mid-way (the checklist),
// and a docket of a court not linked yet (the pill).
import type { Page } from 'playwright-core';
import { expectAccessibleGuide } from './support/accessibility';
import { atLinkUtility, fromLinkForm } from './support/court-link-walk';
import {
  expectNoRing,
  expectRingAround,
  readGuide,
  waitForGuide,
  waitForStep,
} from '../../harness/browser/guide';
import { browserPage, fixture } from '../../harness/browser/paths';
import { StepScreenshots } from './support/screenshots';
import { useSession } from './support/session';
import { MND, type CourtSite } from './support/simulated-sites';
import { accessibilityFindings, expectHint, walk } from './support/walk';
import {
  countInGuide,
  guideAttribute,
  guideText,
  pressInGuide,
} from '../../harness/browser/guide-shadow';

const UTILITIES = 'https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&id=-1';

const session = useSession();
let page: Page;
/** mnd, served afresh for each test. */
let mnd: CourtSite;
const screenshots = new StepScreenshots('court-link-variants');

beforeEach(async () => {
  mnd = session().sites(MND).courts[0]!;
  page = await session().browser.newPage();
});
afterEach(async () => {
  await page?.close();
});
afterAll(() => {
  screenshots.report();
});

it('rings the linking link when it is right under Utilities, and goes on to the form', async () => {
  const site = mnd.withPages({
    utilities: fixture('authored/mnd-utilities-your-account-heading.html'),
  });
  await page.goto(UTILITIES);
  const report = await walk(
    page,
    [
      { ...atLinkUtility(site, 'utilities'), name: 'utilities-direct-link' },
      fromLinkForm(site)[0]!,
    ],
    screenshots,
  );
  expect(report.problems).toEqual([]);
  expect(report.reached).toEqual(['utilities-direct-link', 'link-form']);
  expect(accessibilityFindings(report)).toEqual({});
});

describe('the confirm page', () => {
  const confirm = (file: string, url: string) => {
    session().server.page(url, fixture(file));
    return page.goto(url);
  };

  it('warns prominently when the names differ, and rings no Submit', async () => {
    await confirm(
      'authored/cacb-link-confirm-names-differ.html',
      'https://ecf.cacb.uscourts.gov/cgi-bin/LinkAccount.pl?275513988410021-L_2_0-1',
    );
    const guide = await waitForStep(page, 'link-confirm', 'cacb');
    expectHint(guide, 'The names don’t match — go back, do not submit.');
    await expect(guideText(page, '[data-part="cmecf-name"]')).resolves.toBe('John Attorney');
    await expect(guideText(page, '[data-part="pacer-name"]')).resolves.toBe('Jane Paralegal');
    await expect(guideAttribute(page, '[data-part="names-verdict"]', 'role')).resolves.toBe(
      'alert',
    );
    await page.waitForTimeout(500);
    await expectNoRing(page);
    await expectAccessibleGuide(page, 'the names-mismatch confirm page');
    await screenshots.take(page, 'link-confirm-names-differ');
  });

  it('counts names that differ only in case and punctuation as matching', async () => {
    await confirm(
      'authored/ncmb-link-confirm-punctuation.html',
      'https://ecf.ncmb.uscourts.gov/cgi-bin/LinkAccount.pl?61127094415-L_1_0-1',
    );
    expectHint(await waitForStep(page, 'link-confirm', 'ncmb'), 'The names match.');
    await expectRingAround(
      page,
      page.getByRole('button', { name: 'Submit', exact: true }),
      'the Submit button',
    );
  });

  it('shows a name made of markup as text, running nothing', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await confirm(
      'authored/iasd-link-confirm-hostile-name.html',
      'https://ecf.iasd.uscourts.gov/cgi-bin/LinkAccount.pl?33710455102-L_1_0-1',
    );
    await waitForStep(page, 'link-confirm', 'iasd');
    await expect(guideText(page, '[data-part="pacer-name"]')).resolves.toBe(
      '<img src=x onerror=alert(1)>',
    );
    await expect(countInGuide(page, 'img')).resolves.toBe(0);
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
  });
});

describe('a missing target', () => {
  it('says it cannot find the link after a bounded wait, and never rings anything else', async () => {
    session().server.page(UTILITIES, browserPage('mnd-utilities-no-link.html'));
    await page.goto(UTILITIES);
    const looking = await waitForStep(page, 'utilities', 'mnd');
    expectHint(looking, /Looking for/);
    await expectNoRing(page);
    const gaveUp = await waitForGuide(
      page,
      'say it can’t find the link',
      (guide) => (guide.hint ?? '').includes('Can’t find'),
      10_000,
    );
    expectHint(gaveUp, /Can’t find .* on this page\./);
    await expectNoRing(page);
    await expectAccessibleGuide(page, 'the Utilities page without its link');
    await screenshots.take(page, 'utilities-target-missing');
  });

  it('rings the link as soon as a late page renders it', async () => {
    session().server.page(UTILITIES, browserPage('mnd-utilities-late-link.html'));
    await page.goto(UTILITIES);
    await waitForStep(page, 'utilities', 'mnd');
    await expectNoRing(page);
    await page.locator('#late-link').waitFor({ timeout: 5_000 });
    await expectRingAround(page, page.locator('#late-link'), 'the link that came late');
    const guide = await readGuide(page);
    expect(guide?.hint ?? '').not.toContain('Can’t find');
  });
});

it('shows the checklist, current step marked, on a court page off the flow mid-way', async () => {
  session().server.page(UTILITIES, fixture('authored/mnd-utilities-your-account-heading.html'));
  await page.goto(UTILITIES);
  await waitForStep(page, 'utilities', 'mnd');
  const offFlow = 'https://ecf.mnd.uscourts.gov/cgi-bin/WrtOpRpt.pl';
  session().server.page(offFlow, fixture('authored/mnd-written-opinions-not-a-step.html'));
  await page.goto(offFlow);
  const guide = await waitForGuide(
    page,
    'show the checklist',
    (shown) => shown.checklistCurrent !== null,
  );
  expect(guide).toMatchObject({ court: 'mnd', step: '', checklistCurrent: 'utilities' });
  expectHint(guide, 'Linking in progress');
  await expectNoRing(page);
  await expectAccessibleGuide(page, 'the checklist');
  await screenshots.take(page, 'checklist-off-flow');
});

it('says nothing on a docket of a court the filer only reads in, and stays a small pill once the court is tracked', async () => {
  // A court no other test here has touched: not in "My courts".
  const docket = 'https://ecf.ctd.uscourts.gov/cgi-bin/qrySummary.pl?126534';
  session().server.page(docket, fixture('real/ctd_nextgen_pacer_only_menu_case_query.html'));
  await page.goto(docket);
  await waitForGuide(page, 'mark the court', (shown) => shown.court === 'ctd');
  // Once the background has answered the page's report, there must still be nothing to see.
  await page.waitForTimeout(1_500);
  expect(await readGuide(page)).toMatchObject({ court: 'ctd', step: '', pill: null, hint: null });
  const statuses = (await session().browser.storage()).local.statuses as Record<string, unknown>;
  expect(statuses).not.toHaveProperty('ctd');

  // The filer adds the court to "My courts" (the popup's search does this).
  await session().browser.storeLocal({
    version: 1,
    statuses: { ...statuses, ctd: { status: 'not-started', at: Date.now() } },
  });
  await page.reload();
  await waitForGuide(page, 'show the pill', (shown) => shown.pill !== null);
  await page.waitForTimeout(1_500);
  const settled = await readGuide(page);
  expect(
    settled && {
      court: settled.court,
      step: settled.step,
      pill: settled.pill,
      bubble: settled.hint,
    },
    'the guide on a docket of a tracked court not linked yet, after the background answered',
  ).toEqual({
    court: 'ctd',
    step: '',
    pill: 'Not linked in this court yet — show me how',
    bubble: null,
  });
  expect(await guideText(page, '[data-action="not-needed"]')).toBe('I don’t e-file here');
  await expectAccessibleGuide(page, 'the pill');
  await screenshots.take(page, 'pill-not-linked');
  await pressInGuide(page, '[data-action="expand"]');
  await waitForGuide(page, 'expand to the step', (guide) => guide.hint !== null);
  await expectRingAround(
    page,
    page.locator('#topmenu').getByRole('link', { name: /utilities/i }),
    'Utilities in the menu bar',
  );

  // "I don't e-file here": the court is not needed, and the guide goes quiet there.
  await pressInGuide(page, '[data-action="not-needed"]');
  await waitForGuide(page, 'go quiet', (guide) => guide.hint === null && guide.pill === null);
  const after = (await session().browser.storage()).local.statuses as Record<string, unknown>;
  expect(after.ctd).toMatchObject({ status: 'not-needed', source: { kind: 'manual' } });
  await page.reload();
  await waitForGuide(page, 'mark the court', (shown) => shown.court === 'ctd');
  await page.waitForTimeout(1_000);
  expect(await readGuide(page)).toMatchObject({ pill: null, hint: null });
});
