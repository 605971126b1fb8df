// @vitest-environment node
// Pages that fight the guide, in Chromium with the built extension: the
// content script runs in its own world, so a page's overwritten prototypes and
// globals never reach it; a removed guide comes back once, not in a loop; and
// a court page inside a frame gets no second guide.
import type { Page } from 'playwright-core';
import { readGuide, waitForStep } from './support/guide';
import { fixture } from './support/paths';
import { useSession } from './support/session';
import { MND } from './support/simulated-sites';

const FORM = 'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl';
const UTILITIES = 'https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&id=-1';
const FRAMED = 'https://pacer.psc.uscourts.gov/pscof/regmgmt/attyRegistration.jsf';

const session = useSession();
let page: Page;

beforeEach(async () => {
  session().sites(MND);
  page = await session().browser.newPage();
});
afterEach(async () => {
  await page?.close();
});

const countHosts = (target: Page) =>
  target.evaluate(() => document.querySelectorAll('pacer-link-guide').length);

it('guides a page that overwrites the DOM prototypes and globals the guide uses', async () => {
  const sabotage = `
    const refuse = () => { throw new Error('sabotaged'); };
    Element.prototype.querySelector = () => null;
    Element.prototype.querySelectorAll = () => [];
    Element.prototype.getAttribute = () => 'sabotaged';
    Element.prototype.closest = () => null;
    Element.prototype.attachShadow = refuse;
    Node.prototype.appendChild = refuse;
    Document.prototype.createTreeWalker = refuse;
    Document.prototype.createElement = refuse;
    window.MutationObserver = refuse;
    window.requestAnimationFrame = refuse;
    window.JSON = { parse: refuse, stringify: refuse };
    Array.prototype.map = refuse;
    Object.defineProperty(document, 'title', { get: () => 'sabotaged' });
  `;
  session().server.page(FORM, fixture('authored/mnd-link-form-table.html'), sabotage);
  await page.goto(FORM);
  const guide = await waitForStep(page, 'link-form', 'mnd');
  expect(guide.ring).not.toBeNull();
  expect(guide.hint).toMatch(/old CM\/ECF/);
  // The sabotage did happen, in the page's own world.
  expect(await page.evaluate(() => Element.prototype.getAttribute.call(document.body, 'id'))).toBe(
    'sabotaged',
  );
});

it('comes back once when the page removes it, and the page is not made to loop', async () => {
  const remover = `
    window.__guideAdded = 0;
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) {
        if (node.nodeName === 'PACER-LINK-GUIDE') { window.__guideAdded += 1; if (window.__guideAdded === 1) node.remove(); }
      }
    }).observe(document.documentElement, { childList: true });
  `;
  const added = () =>
    page.evaluate(() => (window as unknown as { __guideAdded: number }).__guideAdded);
  session().server.page(FORM, fixture('authored/mnd-link-form-table.html'), remover);
  await page.goto(FORM);
  await expect.poll(added).toBeGreaterThanOrEqual(1);
  // Removed once, it returns on the guide's next update, once.
  await expect.poll(() => countHosts(page)).toBe(1);
  await page.evaluate(() => document.body.append(document.createElement('p')));
  await page.waitForTimeout(1_000);
  expect(await added()).toBe(2);
  expect(await countHosts(page)).toBe(1);
  expect((await readGuide(page))?.step).toBe('link-form');
});

// CM/ECF's own pages leave any frame (top.location.replace); PACER's wizard pages don't.
it('shows one guide on a page that frames another court page, none inside the frame', async () => {
  const framing = `
    const frame = document.createElement('iframe');
    frame.src = '${FRAMED}';
    frame.width = '800';
    frame.height = '400';
    document.body.append(frame);
  `;
  session().server.page(
    UTILITIES,
    fixture('authored/mnd-utilities-your-account-heading.html'),
    framing,
  );
  session().server.page(FRAMED, fixture('authored/cob-registration-type.html'));
  await page.goto(UTILITIES);
  await waitForStep(page, 'utilities', 'mnd');
  const frame = page.frames().find((candidate) => candidate.url() === FRAMED);
  expect(frame).toBeDefined();
  await frame?.waitForLoadState('load');
  await page.waitForTimeout(1_000);
  expect(await frame?.evaluate(() => document.querySelectorAll('pacer-link-guide').length)).toBe(0);
  expect(await countHosts(page)).toBe(1);
  expect((await readGuide(page))?.step).toBe('utilities');
});
