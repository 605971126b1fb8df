// @vitest-environment node
// The Firefox build in a real Firefox (Debian's firefox-esr over WebDriver
// BiDi): installed without the court sites, as Firefox may install an MV3
// extension; the page that asks for them; then the court-link flow of a
// district court end to end, and the popup's verdict.
import type { Page } from 'puppeteer-core';
import { FixtureServer } from '../../harness/browser/fixture-server';
import { CourtSite, MND, PacerSite, pacerLoginRoute } from '../browser/support/simulated-sites';
import { GECKO_ID } from '../../scripts/firefox-manifest';
import { ExtensionFirefox, byText, follow, waitForStep } from './support/firefox';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 90_000 });

const POPUP = 'src/popup/index.html';
const COURT_SITES = { origins: ['https://*.uscourts.gov/*'] };

let server: FixtureServer | null = null;
let firefox: ExtensionFirefox | null = null;
let failure: Error | null = null;
let site: CourtSite;

beforeAll(async () => {
  try {
    server = await FixtureServer.start();
    site = new CourtSite(MND);
    const pacer = new PacerSite();
    server.route(pacer.route);
    server.route(site.route);
    server.route(pacerLoginRoute([site], pacer));
    firefox = await ExtensionFirefox.launch(server);
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
  }
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** A failure to start (no Firefox, no build) fails every test with its message, never a skip. */
function started(): ExtensionFirefox {
  if (failure) throw failure;
  if (!firefox) throw new Error('Firefox has not started');
  return firefox;
}

const hasCourtSites = (page: Page) =>
  page.evaluate(
    (permissions) =>
      (
        globalThis as unknown as {
          browser: { permissions: { contains(p: unknown): Promise<boolean> } };
        }
      ).browser.permissions.contains(permissions),
    COURT_SITES,
  );

describe('the Firefox build in Firefox ESR', () => {
  let installPage: Page;

  it('installs under its gecko id', () => {
    expect(started().extensionId).toBe(GECKO_ID);
  });

  it('opens, on install without the court sites, the page that says why it needs them', async () => {
    installPage = await started().openedPage(POPUP);
    const notice = await installPage.waitForSelector('[data-court-site-access="missing"]');
    expect(await notice?.evaluate((element) => element.textContent)).toMatch(
      /court’s CM\/ECF site and on PACER’s login and account pages/,
    );
    expect(await hasCourtSites(installPage)).toBe(false);
  });

  it('grants them from the button, and says to reload open court pages', async () => {
    await (await byText(installPage, 'button', /^Allow on uscourts\.gov$/)).click();
    const thanks = await installPage.waitForSelector('[data-court-site-access="granted"]');
    expect(await thanks?.evaluate((element) => element.textContent)).toMatch(
      /Reload any court page/,
    );
    expect(await hasCourtSites(installPage)).toBe(true);
    await installPage.close();
  });

  it('guides the court-link flow of a district court from home to the filing menus', async () => {
    const page = await started().browser.newPage();
    const reached: string[] = [];
    const problems: string[] = [];
    const at = async (step: string) => {
      const guide = await waitForStep(page, step);
      expect(guide.court).toBe('mnd');
      reached.push(step);
      return guide;
    };
    // The court's root page refreshes to its home, ShowIndex.pl, at once.
    await page.goto('https://ecf.mnd.uscourts.gov/');
    await vi.waitFor(() => expect(page.url()).toMatch(/\/cgi-bin\/ShowIndex\.pl$/), 10_000);

    expect((await at('ecf-home')).ring).toBe(true);
    await follow(page, await byText(page, 'a', /document filing system/i), problems);

    expect((await at('pacer-login')).hint).toMatch(/shared firm PACER account/);
    await page.type('input[type="text"]', 'filer');
    await page.type('input[type="password"]', 'not-a-real-password');
    await follow(page, await byText(page, 'form button', /^\s*Login\s*$/), problems);

    expect((await at('ecf-main')).ring).toBe(true);
    await follow(page, await byText(page, '#topmenu a', /utilities/i), problems);

    await at('utilities');
    await follow(
      page,
      await byText(page, '#cmecfMainContent a', /nextgen release 1\.1 menu items/i),
      problems,
    );

    await at('release-1-1-menu');
    await follow(
      page,
      await byText(page, '#cmecfMainContent a', /link a cm\/ecf account to my pacer account/i),
      problems,
    );

    expect((await at('link-form')).hint).toMatch(/not your PACER/);
    await page.type('form input[type="text"]', 'jattorney');
    await page.type('form input[type="password"]', 'not-a-real-password');
    await follow(page, await byText(page, 'input[type="submit"]', /^Submit$/), problems);

    expect((await at('link-confirm')).hint).toMatch(/The names match\./);
    await follow(page, await byText(page, 'input[type="submit"]', /^Submit$/), problems);

    expect((await at('link-done')).hint).toMatch(/Press F5 now \(⌘R on a Mac\)\./);
    // The filer's F5 posts the confirmation again, and the court answers with its
    // main page. Firefox first asks whether to resend, in a dialog of its own
    // window that WebDriver BiDi neither reports nor answers, so the test opens
    // the main page by its address: the same page, with the filing menus.
    await page.goto('https://ecf.mnd.uscourts.gov/cgi-bin/ShowIndex.pl');
    await byText(page, '#topmenu a', /civil/i);
    const linked = await waitForStep(page, 'ecf-main');
    // A linked court: the guide stays out of the way.
    expect([linked.hint, linked.ring]).toEqual([null, false]);
    reached.push('ecf-main-linked');

    expect(reached).toEqual([
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
    expect(problems).toEqual([]);
    expect(site.linked).toBe(true);
    await page.close();
  });

  it('shows the court linked in the popup, detected from the page', async () => {
    const popup = await started().openExtensionPage(POPUP, 'li[data-court="mnd"]');
    expect(
      await popup.$eval('li[data-court="mnd"]', (row) => row.getAttribute('data-status')),
    ).toBe('linked');
    expect(await popup.$('[data-court-site-access]')).toBeNull();
    await popup.close();
  });
});
