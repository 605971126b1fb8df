// @vitest-environment node
// Court pages of 50,000 elements, in Chromium with the built extension: a
// docket report in a court the filer tracks is no step, and offers the guide
// as a pill; a linking step with 50,000 elements after it is guided as usual;
// a page that grows by 50,000 elements as it runs stays quiet. No error, and
// the page answers. (How long it takes is `npm run bench`'s business.)
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { generateDocket } from '../../scripts/bench/generate-docket';
import {
  expectRingAround,
  readGuide,
  waitForGuide,
  waitForStep,
} from '../../harness/browser/guide';
import { browserPage } from '../../harness/browser/paths';
import { useSession } from './support/session';
import { recordUncaught, type Uncaught } from './support/uncaught';
import { HOST_SELECTOR, pressInGuide } from '../../harness/browser/guide-shadow';

const session = useSession();
const ELEMENTS = 50_000;
const DOCKET = 'https://ecf.mnd.uscourts.gov/cgi-bin/DktRpt.pl?123456';
const UTILITIES = 'https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&id=-1';
/** A docket row is 7 elements (tr, 3 td, 2 a, b). */
const DOCKET_ENTRIES = Math.ceil(ELEMENTS / 7);
const NOT_LINKED_PILL = 'Not linked in this court yet — show me how';

let page: Page;
let uncaught: Uncaught[];

beforeEach(async () => {
  session().sites();
  // mnd is in "My courts", not started: its dockets offer the guide.
  await session().browser.storeLocal({
    version: 1,
    statuses: { mnd: { status: 'not-started', at: Date.now() } },
  });
  page = await session().browser.newPage();
  uncaught = recordUncaught(page);
});
afterEach(async () => {
  await page?.close();
});

/** Serves `html` at `url`. */
function serve(url: string, html: string, script?: string): void {
  session().server.pageOf(url, html, script);
}

const elementCount = () => page.evaluate(() => document.getElementsByTagName('*').length);

/** The page still runs its own code and answers: it handles a click on its last element. */
async function expectPageAnswers(): Promise<void> {
  const answered = await page.evaluate(() => {
    const links = document.getElementsByTagName('a');
    const last = links[links.length - 1];
    if (!last) return false;
    let clicked = false;
    last.addEventListener('click', (event) => {
      event.preventDefault();
      clicked = true;
    });
    last.scrollIntoView();
    last.click();
    return clicked;
  });
  expect(answered).toBe(true);
}

const storedStatus = async (court: string) =>
  ((await session().browser.storage()).local.statuses as Record<string, unknown>)[court];

it('offers the guide as a pill on a docket report of 50,000 elements', async () => {
  serve(DOCKET, generateDocket(DOCKET_ENTRIES));
  await page.goto(DOCKET, { timeout: 60_000 });
  expect(await elementCount()).toBeGreaterThanOrEqual(ELEMENTS);

  // The PACER-only menu bar on a page that is not the landing page: not linked, not in the flow.
  const guide = await waitForGuide(page, 'show its pill', (shown) => shown.pill !== null, 30_000);
  expect(guide).toMatchObject({ court: 'mnd', step: '', hint: null, ring: null });
  expect(guide.pill).toBe(NOT_LINKED_PILL);
  await expectPageAnswers();
  // Asked for, the guide points at Utilities as on the main page.
  await pressInGuide(page, '[data-action="expand"]');
  await expectRingAround(
    page,
    page.locator('#topmenu').getByRole('link', { name: /utilities/i }),
    'Utilities in the menu bar',
  );
  // Reading a docket, even with the guide open, is no progress.
  expect(await storedStatus('mnd')).toMatchObject({ status: 'not-started' });
  expect(uncaught).toEqual([]);
});

it('guides a Utilities page followed by 50,000 elements as any Utilities page', async () => {
  const utilities = readFileSync(browserPage('mnd-utilities-release-1-1-only.html'), 'utf8');
  const filler = '<div class="row"><span>Filler entry</span></div>'.repeat(ELEMENTS / 2);
  serve(UTILITIES, utilities.replace('</body>', `<div id="filler">${filler}</div></body>`));
  await page.goto(UTILITIES, { timeout: 60_000 });
  expect(await elementCount()).toBeGreaterThanOrEqual(ELEMENTS);

  await waitForStep(page, 'utilities', 'mnd', 30_000);
  await expectRingAround(
    page,
    page.locator('#cmecfMainContent').getByRole('link', { name: /nextgen release 1\.1/i }),
    'the NextGen Release 1.1 Menu Items link',
  );
  await expectPageAnswers();
  expect(await storedStatus('mnd')).toMatchObject({ status: 'in-progress', step: 'utilities' });
  // The saved page's own scripts are not served; only the extension's errors count here.
  expect(uncaught.filter((error) => error.fromExtension)).toEqual([]);
});

it('stays a pill while a docket grows by 50,000 elements, and the page answers', async () => {
  // The page appends its rows in 50 batches, as a script rendering a long report would.
  const batch = (
    generateDocket(Math.ceil(DOCKET_ENTRIES / 50)).match(/<tr><td.*?<\/tr>/gs) ?? []
  ).join('');
  const grow = `
    const body = document.querySelector('tbody');
    const rows = ${JSON.stringify(batch)};
    window.__batches = 0;
    const add = () => {
      body.insertAdjacentHTML('beforeend', rows);
      window.__batches += 1;
      if (window.__batches < 50) setTimeout(add, 20);
    };
    setTimeout(add, 20);
  `;
  serve(DOCKET, generateDocket(10), grow);
  await page.goto(DOCKET);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __batches: number }).__batches), {
      timeout: 60_000,
    })
    .toBe(50);
  expect(await elementCount()).toBeGreaterThanOrEqual(ELEMENTS);

  const guide = await waitForGuide(page, 'show its pill', (shown) => shown.pill !== null, 30_000);
  expect(guide).toMatchObject({ court: 'mnd', step: '', ring: null, hint: null });
  await page.waitForTimeout(1_000);
  expect(await page.evaluate((host) => document.querySelectorAll(host).length, HOST_SELECTOR)).toBe(
    1,
  );
  expect((await readGuide(page))?.pill).toBe(NOT_LINKED_PILL);
  await expectPageAnswers();
  expect(uncaught).toEqual([]);
});
