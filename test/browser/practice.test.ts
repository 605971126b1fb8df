// @vitest-environment node
// The practice court in Chromium with the built extension: both flows walked
// on its look-alike pages with the real guide, F5 on the success page, and the
// proof that nothing leaves the extension and the real statuses stay as they were.
import type { Page } from 'playwright-core';
import { expectRingAround, waitForGuide, waitForStep } from '../../harness/browser/guide';
import { expectNoSentinelStored, typeCredentials } from './support/privacy';
import { useSession } from './support/session';

const session = useSession();

async function openPractice(query = ''): Promise<Page> {
  const { browser } = session();
  const page = await browser.newPage();
  await page.goto(`${browser.origin}/src/practice/index.html${query}`);
  await page.locator('#practice-page').waitFor();
  return page;
}

/** The look-alike page only: never the presenter's controls beside it. */
const site = (page: Page) => page.locator('#practice-page');

const practiceStatus = async (page: Page): Promise<unknown> =>
  page.evaluate(async () => {
    const { storage } = (
      globalThis as unknown as {
        chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    const kept = (await storage.session.get('practiceSession')).practiceSession as
      { statuses: Record<string, { status: string }> } | undefined;
    return kept?.statuses;
  });

describe('the practice court', () => {
  it('shows every "What can go wrong" scenario without scrolling at 1280×800', async () => {
    const page = await openPractice('?court=mnd');
    await page.setViewportSize({ width: 1280, height: 800 });
    const list = page.locator('fieldset.variants');
    await list.waitFor();
    const box = await list.boundingBox();
    expect(box, 'the scenario list').not.toBeNull();
    expect(
      box && box.y >= 0 && box.y + box.height <= 800,
      `scenario list at ${JSON.stringify(box)}`,
    ).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.close();
  });

  it('walks the court’s own flow to the filing menus, with the guide on every page', async () => {
    const { browser } = session();
    const before = (await browser.storage()).local;
    const page = await openPractice('?court=mnd');
    expect(await page.locator('practice-banner .mark').textContent()).toContain(
      'nothing here reaches the court',
    );

    await waitForStep(page, 'ecf-home', 'mnd');
    const filingSystem = site(page).getByRole('link', { name: 'Document Filing System' });
    await expectRingAround(page, filingSystem, 'the Document Filing System link');
    await filingSystem.click();

    await waitForStep(page, 'pacer-login', 'mnd');
    await typeCredentials(page, 'pacer');
    await site(page).getByRole('button', { name: 'Login' }).click();

    await waitForStep(page, 'ecf-main', 'mnd');
    await site(page).locator('#topmenu').getByRole('link', { name: 'Utilities' }).click();
    await waitForStep(page, 'utilities', 'mnd');
    const utility = site(page).getByRole('link', {
      name: 'Link a CM/ECF account to my PACER account',
    });
    await expectRingAround(page, utility, 'the linking utility');
    await utility.click();

    await waitForStep(page, 'link-form', 'mnd');
    await typeCredentials(page, 'cmecf');
    await site(page).getByRole('button', { name: 'Submit' }).click();
    await waitForGuide(page, 'show the two names matching', (guide) =>
      Boolean(guide.step === 'link-confirm' && guide.hint?.includes('John Attorney')),
    );
    await site(page).getByRole('button', { name: 'Submit' }).click();
    await waitForStep(page, 'link-done', 'mnd');

    // F5, as the success page asks: the main page comes back with the filing menus.
    await page.reload();
    expect(await site(page).locator('#topmenu').textContent()).toContain('Criminal');
    await waitForStep(page, 'ecf-main', 'mnd');
    expect(await practiceStatus(page)).toMatchObject({ mnd: { status: 'linked' } });

    // Nothing typed kept, nothing sent, and the real statuses as they were.
    const after = await browser.storage();
    expect(after.local.statuses ?? {}).toEqual(before.statuses ?? {});
    await expectNoSentinelStored(browser);
    const outside = browser.requests.filter(
      (request) =>
        request.frameUrl?.startsWith(browser.origin) && !request.url.startsWith(browser.origin),
    );
    expect(outside).toEqual([]);
    await page.close();
  });

  it('walks the PACER flow for a bankruptcy court, to the request and its history', async () => {
    const page = await openPractice('?court=cacb');
    const presenter = page.locator('practice-presenter');
    await presenter.getByRole('button', { name: /PACER home/ }).click();

    await waitForStep(page, 'pacer-home');
    await site(page).getByRole('tab', { name: 'Manage Your Account' }).click();
    await site(page).getByRole('link', { name: 'Manage My Account Login' }).click();
    await waitForStep(page, 'manage-login-gate');
    await site(page).getByRole('link', { name: 'Log in to Manage My Account' }).click();
    await waitForStep(page, 'pacer-login');
    await site(page).getByRole('button', { name: 'Login' }).click();
    await waitForStep(page, 'manage-account');
    await site(page).getByRole('link', { name: 'Maintenance', exact: true }).click();
    await waitForStep(page, 'maintenance');
    await site(page)
      .getByRole('link', { name: 'Attorney Admissions / E-File Registration', exact: true })
      .click();

    await waitForStep(page, 'court-select');
    await site(page)
      .getByLabel('Court *', { exact: true })
      .selectOption({ label: 'California Central Bankruptcy Court - NextGen' });
    // From the keyboard: the guide's bubble sits beside the element it rings, which may be over Next.
    for (const step of ['registration-type', 'registration-details', 'payment', 'terms']) {
      await site(page).getByRole('button', { name: 'Next' }).press('Enter');
      await waitForStep(page, step, 'cacb');
    }
    await site(page).getByRole('button', { name: 'Submit' }).press('Enter');
    await waitForStep(page, 'request-submitted', 'cacb');
    expect(await practiceStatus(page)).toMatchObject({ cacb: { status: 'requested' } });
    await site(page)
      .getByRole('link', { name: 'E-File Registration/Maintenance History' })
      .press('Enter');
    await waitForStep(page, 'registration-history');
    await page.close();
  });
});
