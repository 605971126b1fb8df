// @vitest-environment node
// The court-link flow end to end in Chromium with the built extension, for a
// district court (mnd) and a bankruptcy court (cacb): on every page the
// guide's step and the ring's place, then the popup's verdict.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { FIXTURES } from '../../harness/fixtures/expectations';
import { expectAccessiblePopup } from './support/accessibility';
import { courtLinkStops } from './support/court-link-walk';
import { waitForStep } from '../../harness/browser/guide';
import { fixture } from '../../harness/browser/paths';
import {
  expectNoSentinelStored,
  expectOnlyFixtureTraffic,
  typeCredentials,
} from './support/privacy';
import { StepScreenshots } from './support/screenshots';
import { useSession } from './support/session';
import { CACB, MND, type CourtSiteConfig } from './support/simulated-sites';
import { accessibilityFindings, walk, type WalkReport } from './support/walk';

const session = useSession();

describe.each([
  { kind: 'district', config: MND, start: 'https://ecf.mnd.uscourts.gov/' },
  { kind: 'bankruptcy', config: CACB, start: 'https://ecf.cacb.uscourts.gov/' },
])('the court-link flow in a $kind court ($config.court)', ({ config, start }) => {
  const court = (config satisfies CourtSiteConfig).court;
  const screenshots = new StepScreenshots(`court-link-${court}`);
  let report: WalkReport | null = null;
  let page: Page;

  afterAll(async () => {
    screenshots.report();
    await page?.close();
  });

  it('guides every page from home to the filing menus, the ring on the element to use', async () => {
    const { courts } = session().sites(config);
    const site = courts[0]!;
    page = await session().browser.newPage();
    await page.goto(start);
    report = await walk(page, courtLinkStops(site), screenshots);
    expect(report.problems).toEqual([]);
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
    expect(site.linked).toBe(true);
  });

  it('shows the court linked in the popup, detected from the page', async () => {
    expect(await session().browser.popupStatuses()).toMatchObject({ [court]: 'linked' });
    const { local } = await session().browser.storage();
    expect(local).toMatchObject({
      statuses: {
        [court]: { status: 'linked', source: { kind: 'detected', evidence: 'link-done' } },
      },
    });
  });

  it('has no serious or critical accessibility violation in the guide on any step', () => {
    expect(report, 'the walk did not run').not.toBeNull();
    if (report) expect(accessibilityFindings(report)).toEqual({});
  });

  it('has no serious or critical accessibility violation in the popup', async () => {
    await expectAccessiblePopup(session().browser);
  });
});

describe('privacy', () => {
  it('types into every credential field of the fixtures too, and nothing reads what was typed', async () => {
    session().sites();
    // Every saved page with a password field, at its real address (look-alike hosts aside).
    const withPasswords = FIXTURES.filter(
      (fixtureCase) =>
        /type=("|')?password/i.test(readFileSync(fixture(fixtureCase.file), 'utf8')) &&
        /^https:\/\/[^/]+\.uscourts\.gov\//.test(fixtureCase.url),
    );
    expect(withPasswords.length).toBeGreaterThanOrEqual(7);
    const page = await session().browser.newPage();
    for (const { file, url, expect: expected } of withPasswords) {
      const removeRoute = session().server.page(url, fixture(file));
      await page.goto(url);
      if (expected.step) await waitForStep(page, expected.step, expected.court ?? undefined);
      const kind = expected.step === 'pacer-login' ? 'pacer' : 'cmecf';
      await typeCredentials(page, kind).catch((error: unknown) => {
        throw new Error(`On ${file}: ${error instanceof Error ? error.message : String(error)}`);
      });
      removeRoute();
    }
    await page.close();
  });

  it('leaves the typed credentials out of every storage area and every request', async () => {
    await expectNoSentinelStored(session().browser);
    const checked = expectOnlyFixtureTraffic(session().browser, session().server);
    expect(checked.requests).toBeGreaterThan(50);
    // The typing did reach the wire, in the pages' own forms: the check above had something to find.
    expect(checked.ownFormPosts).toBeGreaterThanOrEqual(4);
  });
});
