// @vitest-environment node
// The extension reloaded (or updated) in the middle of the court-link flow, in
// Chromium with the built extension: what was stored stays, the court page
// already open keeps working with the old guide as it was, and the next page
// load is guided again at its step, into the same status, to the end.
//
// What Chromium does: the new version's content script does not enter pages
// already open. The old one stays, cut off from its extension: its guide
// keeps showing the last step and following the page, but anything that needs
// the extension (its words, the background) throws "Extension context
// invalidated." in the content script's world.
import type { Page } from 'playwright-core';
import { courtLinkStops, RELEASE_1_1, toUtilities } from './support/court-link-walk';
import { expectRingAround, readGuide, waitForStep } from '../../harness/browser/guide';
import { StepScreenshots } from './support/screenshots';
import { useSession } from './support/session';
import { MND, type CourtSite } from './support/simulated-sites';
import { recordUncaught, type Uncaught } from './support/uncaught';
import { walk } from './support/walk';
import { countInGuide, HOST_SELECTOR, pressInGuide } from '../../harness/browser/guide-shadow';

const session = useSession();
const INVALIDATED = 'Extension context invalidated.';

const storedLocal = async () => (await session().browser.storage()).local;

/** The Utilities page of mnd with the guide on it, reached the way a filer reaches it. */
async function walkToUtilities(screenshots: StepScreenshots): Promise<{
  page: Page;
  site: CourtSite;
  uncaught: Uncaught[];
}> {
  const site = session().sites(MND).courts[0]!;
  await session().browser.forgetStatuses();
  const page = await session().browser.newPage();
  const uncaught = recordUncaught(page);
  await page.goto(site.homeUrl);
  const report = await walk(page, toUtilities(site), screenshots);
  expect(report.problems).toEqual([]);
  await waitForStep(page, 'utilities', 'mnd');
  await expect
    .poll(async () => (await storedLocal()).statuses)
    .toMatchObject({ mnd: { status: 'in-progress', step: 'utilities' } });
  return { page, site, uncaught };
}

describe('the extension reloaded in the middle of the court-link flow', () => {
  const screenshots = new StepScreenshots('court-link-extension-reload');
  let page: Page;
  let site: CourtSite;
  let uncaught: Uncaught[];
  let before: Record<string, unknown>;

  afterAll(async () => {
    screenshots.report();
    await page?.close();
  });

  it('keeps the progress stored before', async () => {
    ({ page, site, uncaught } = await walkToUtilities(screenshots));
    // Another court, with its guide collapsed: the filer's other progress.
    const { statuses, preferences } = await storedLocal();
    await session().browser.storeLocal({
      statuses: { ...(statuses as object), cacb: { status: 'not-started', at: 1 } },
      preferences: {
        ...(preferences as object),
        guide: { cacb: { collapsed: true, enabled: true } },
      },
    });
    before = await storedLocal();
    uncaught.length = 0;

    await session().browser.reloadExtension();

    // The new version read and kept it (runtime.onInstalled, reason "update").
    expect(await storedLocal()).toEqual(before);
    expect(before).toMatchObject({
      statuses: { mnd: { status: 'in-progress', flow: 'court-link', step: 'utilities' } },
    });
  });

  it('leaves the page open working, with the old guide still at its step', async () => {
    const guide = await readGuide(page);
    expect(guide).toMatchObject({ court: 'mnd', flow: 'court-link', step: 'utilities' });
    expect(guide?.hint).toMatch(/NextGen Release 1\.1 Menu Items page/);
    // From the page alone, it still follows what it rings when the window changes.
    await page.setViewportSize({ width: 900, height: 700 });
    await expectRingAround(
      page,
      page.locator('#cmecfMainContent').getByRole('link', { name: RELEASE_1_1 }),
      'the NextGen Release 1.1 Menu Items link',
    );
    await page.setViewportSize({ width: 1280, height: 800 });
    // The page's own code is untouched and answers.
    expect(await page.evaluate(() => document.title)).toMatch(/CM\/ECF|Utilities/i);
    expect(uncaught.filter((error) => !error.fromExtension)).toEqual([]);
    // The old content script's own failures are only that it lost its extension.
    expect(uncaught.filter((error) => error.message !== INVALIDATED)).toEqual([]);
  });

  it('guides the next page load at its step, into the same status, to the end', async () => {
    // From the Utilities stop on: the old guide there, then new pages with the new version.
    const report = await walk(page, courtLinkStops(site).slice(3), screenshots);
    expect(report.problems).toEqual([]);
    expect(report.reached).toEqual([
      'utilities',
      'release-1-1-menu',
      'link-form',
      'link-confirm',
      'link-done',
      'ecf-main-linked',
    ]);
    // mnd's own status went on from where it was; nothing else changed.
    expect(await storedLocal()).toEqual({
      ...before,
      statuses: {
        ...(before.statuses as object),
        mnd: expect.objectContaining({
          status: 'linked',
          source: { kind: 'detected', step: 'link-done', evidence: 'link-done' },
        }) as unknown,
      },
    });
    expect(await session().browser.popupStatuses()).toEqual({ mnd: 'linked', cacb: 'not-started' });
  });

  // Once its extension is gone, the old content script stops its guide and
  // takes it off the page at the next change, rather than throwing
  // "Extension context invalidated." on every one.
  it('the old guide throws nothing once its extension is gone', async () => {
    const open = await walkToUtilities(screenshots);
    try {
      open.uncaught.length = 0;
      await session().browser.reloadExtension();
      // A change on the page, then the filer clicks Collapse on the old guide.
      await open.page.evaluate(() => document.body.append(document.createElement('p')));
      await open.page.waitForTimeout(1_000);
      // The guide has gone at that change; were it still there, Collapse must not throw either.
      const collapse = '[data-action="collapse"]';
      if ((await countInGuide(open.page, collapse)) > 0) await pressInGuide(open.page, collapse);
      expect(await open.page.locator(HOST_SELECTOR).count()).toBe(0);
      await open.page.waitForTimeout(500);
      expect(open.uncaught.map((error) => error.message)).toEqual([]);
      // Either it collapsed, or it went away.
      expect((await readGuide(open.page))?.hint ?? null).toBeNull();
    } finally {
      await open.page.close();
    }
  });
});
