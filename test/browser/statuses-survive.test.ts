// @vitest-environment node
// What the background keeps, in Chromium with the built extension: reports
// from several tabs at once, a reload mid-flow, and a browser restarted on the
// same profile.
import type { Page } from 'playwright-core';
import { expectRingAround, waitForGuide, waitForStep } from '../../harness/browser/guide';
import { fixture } from '../../harness/browser/paths';
import { typeSentinels } from './support/privacy';
import { useSession } from './support/session';
import { expectHint } from './support/walk';
import { pressInGuide } from '../../harness/browser/guide-shadow';

const session = useSession();

/** Pages of five courts, each at a different point, opened in five tabs at once. */
const AT_ONCE = [
  {
    url: 'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    file: 'authored/mnd-link-form-table.html',
    court: 'mnd',
    step: 'link-form',
    status: { status: 'in-progress', flow: 'court-link', step: 'link-form' },
    badge: '6',
  },
  {
    url: 'https://ecf.cacb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&id=-1',
    file: 'authored/cacb-utilities-release-1-1-only.html',
    court: 'cacb',
    step: 'utilities',
    status: { status: 'in-progress', flow: 'court-link', step: 'utilities' },
    badge: '4',
  },
  {
    url: 'https://ecf.ncmb.uscourts.gov/cgi-bin/login.pl',
    file: 'authored/ncmb-ecf-main-filer.html',
    court: 'ncmb',
    step: 'ecf-main',
    status: { status: 'linked', source: { evidence: 'filing-menus' } },
    badge: '✓',
  },
  {
    url: 'https://ecf.iasd.uscourts.gov/cgi-bin/LinkAccount.pl?33710455102-L_1_0-1',
    file: 'authored/iasd-link-confirm-hostile-name.html',
    court: 'iasd',
    step: 'link-confirm',
    status: { status: 'in-progress', flow: 'court-link', step: 'link-confirm' },
    badge: '7',
  },
  {
    url: 'https://pacer.psc.uscourts.gov/pscof/regmgmt/attyRegistration.jsf',
    file: 'authored/cob-request-submitted.html',
    court: 'cob',
    step: 'request-submitted',
    status: { status: 'requested' },
    badge: '11',
  },
] as const;

/** The badge text of each tab, by the URL it shows, read in the service worker. */
async function badges(): Promise<Record<string, string>> {
  const worker = await session().browser.worker();
  return worker.evaluate(async () => {
    interface Tabs {
      readonly tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
      readonly action: { getBadgeText(details: { tabId: number }): Promise<string> };
    }
    const chrome = (globalThis as unknown as { chrome: Tabs }).chrome;
    const byUrl: Record<string, string> = {};
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id !== undefined && tab.url) {
        byUrl[tab.url] = await chrome.action.getBadgeText({ tabId: tab.id });
      }
    }
    return byUrl;
  });
}

describe('reports from several tabs at once', () => {
  const pages: Page[] = [];
  afterAll(async () => {
    await Promise.all(pages.map((page) => page.close()));
  });

  it('loses none of them', async () => {
    for (const { url, file } of AT_ONCE) session().server.page(url, fixture(file));
    pages.push(...(await Promise.all(AT_ONCE.map(() => session().browser.newPage()))));
    await Promise.all(AT_ONCE.map(({ url }, index) => pages[index]!.goto(url)));
    await Promise.all(
      AT_ONCE.map(({ court, step }, index) => waitForStep(pages[index]!, step, court)),
    );
    const expected = Object.fromEntries(AT_ONCE.map(({ court, status }) => [court, status]));
    await expect
      .poll(async () => (await session().browser.storage()).local.statuses, { timeout: 5_000 })
      .toMatchObject(expected);
    expect(await session().browser.popupStatuses()).toEqual(
      Object.fromEntries(AT_ONCE.map(({ court, status }) => [court, status.status])),
    );
  });

  it('labels each tab with its own badge', async () => {
    const expected = Object.fromEntries(AT_ONCE.map(({ url, badge }) => [url, badge]));
    await expect.poll(badges, { timeout: 5_000 }).toMatchObject(expected);
  });
});

it('resumes at the same step after a reload mid-flow', async () => {
  const form = AT_ONCE[0];
  const page = await session().browser.newPage();
  await page.goto(form.url);
  await waitForStep(page, 'link-form', 'mnd');
  await typeSentinels(page, 'cmecf');
  await page.reload();
  const guide = await waitForStep(page, 'link-form', 'mnd');
  expectHint(guide, 'Step 6 of 8');
  await expectRingAround(
    page,
    page.locator('form input[type="text"]').first(),
    'the CM/ECF login field',
  );
  expect((await session().browser.storage()).local).toMatchObject({
    statuses: { mnd: { status: 'in-progress', flow: 'court-link', step: 'link-form' } },
  });
  await page.close();
});

describe('a browser restarted on the same profile', () => {
  let before: Record<string, unknown>;

  it('keeps every status and the guide preferences', async () => {
    // The filer collapses the guide in cacb: a preference kept per court.
    const utilities = AT_ONCE[1];
    const page = await session().browser.newPage();
    await page.goto(utilities.url);
    await waitForStep(page, 'utilities', 'cacb');
    await pressInGuide(page, '[data-action="collapse"]');
    await waitForGuide(page, 'collapse to a pill', (guide) => guide.pill !== null);
    await expect
      .poll(async () => (await session().browser.storage()).local)
      .toMatchObject({ preferences: { guide: { cacb: { collapsed: true } } } });
    await page.close();

    const { local } = await session().browser.storage();
    before = local;
    const shownBefore = await session().browser.popupStatuses();
    expect(Object.keys(shownBefore).sort()).toEqual(['cacb', 'cob', 'iasd', 'mnd', 'ncmb']);

    await session().restartBrowser();

    expect((await session().browser.storage()).local).toEqual(before);
    expect(await session().browser.popupStatuses()).toEqual(shownBefore);
  });

  it('shows the guide collapsed where the filer collapsed it', async () => {
    const page = await session().browser.newPage();
    await page.goto(AT_ONCE[1].url);
    await waitForStep(page, 'utilities', 'cacb');
    const guide = await waitForGuide(page, 'show its pill', (shown) => shown.pill !== null);
    expect(guide).toMatchObject({ hint: null, ring: null });
    await page.close();
  });
});
