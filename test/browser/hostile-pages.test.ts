// @vitest-environment node
// Pages that fight the guide, in Chromium with the built extension: the
// content script runs in its own world, so a page's overwritten prototypes and
// globals never reach it; a removed guide comes back once, not in a loop; a
// court page inside a frame gets no second guide; and a page's script can
// neither reach into the guide, press its buttons, hide it, block it, find
// its code, nor run it at a URL with a port (issue 15).
import type { Page } from 'playwright-core';
import { readGuide, waitForStep } from '../../harness/browser/guide';
import { HOST_SELECTOR } from '../../harness/browser/guide-shadow';
import { fixtureHtml } from '../support/load-fixture';
import { fixture } from '../../harness/browser/paths';
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
  target.evaluate((host) => document.querySelectorAll(host).length, HOST_SELECTOR);

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
        if (node.nodeType === 1 && node.hasAttribute('data-pacer-link-guide')) { window.__guideAdded += 1; if (window.__guideAdded === 1) node.remove(); }
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
  expect(
    await frame?.evaluate((host) => document.querySelectorAll(host).length, HOST_SELECTOR),
  ).toBe(0);
  expect(await countHosts(page)).toBe(1);
  expect((await readGuide(page))?.step).toBe('utilities');
});

/** statuses and preferences as stored: what a press of the guide's buttons would change. */
async function storedChoices(): Promise<unknown> {
  const { local } = await session().browser.storage();
  return { statuses: local.statuses, preferences: local.preferences };
}

it('gives a page script no way into the guide and no button to press', async () => {
  session().server.page(FORM, fixture('authored/mnd-link-form-table.html'));
  await page.goto(FORM);
  await waitForStep(page, 'link-form', 'mnd');
  await expect.poll(async () => (await readGuide(page))?.hint ?? null).not.toBeNull();
  // The page's report is stored by now; what follows must change nothing.
  await page.waitForTimeout(500);
  const before = await storedChoices();

  // Everything below runs in the page's own world, as the court's script would.
  const seen = await page.evaluate((selector) => {
    const host = document.querySelector<HTMLElement>(selector);
    if (!host) return null;
    const tries: Record<string, unknown> = {};
    tries.shadowRoot = host.shadowRoot;
    tries.serialised = host.getHTML({ serializableShadowRoots: true }).length;
    try {
      host.attachShadow({ mode: 'open' });
      tries.attachShadow = 'attached';
    } catch (error) {
      tries.attachShadow = (error as Error).name;
    }
    // The presses a script can make: clicks and keys on the host, Escape and
    // Alt+Shift+G where the guide listens.
    host.click();
    for (const key of ['Escape', 'Enter', ' '])
      host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    window.dispatchEvent(
      new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyG', bubbles: true }),
    );
    // And the ways to hide it.
    host.style.setProperty('display', 'none', 'important');
    host.hidden = true;
    host.setAttribute('inert', '');
    const chrome = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
    tries.canMessage = typeof chrome?.runtime?.sendMessage === 'function';
    return tries;
  }, HOST_SELECTOR);
  expect(seen).toEqual({
    shadowRoot: null,
    serialised: 0,
    attachShadow: 'NotSupportedError',
    canMessage: false,
  });
  await page.waitForTimeout(500);
  const guide = await readGuide(page);
  expect(guide?.step).toBe('link-form');
  expect(guide?.hint).toMatch(/old CM\/ECF/);
  expect(
    await page.evaluate((selector) => {
      const host = document.querySelector<HTMLElement>(selector);
      return (
        host && [getComputedStyle(host).display === 'none', host.hidden, host.hasAttribute('inert')]
      );
    }, HOST_SELECTOR),
  ).toEqual([false, false, false]);
  expect(await storedChoices()).toEqual(before);
});

it('appears on a page that defined the custom element names first', async () => {
  const definer = `
    class Taken extends HTMLElement {
      constructor() { super(); this.attachShadow({ mode: 'open' }); window.__taken = (window.__taken || 0) + 1; }
    }
    customElements.define('pacer-link-guide', Taken);
    customElements.define('pacer-link-guide-host', class extends Taken {});
  `;
  session().server.page(FORM, fixture('authored/mnd-link-form-table.html'), definer);
  await page.goto(FORM);
  const guide = await waitForStep(page, 'link-form', 'mnd');
  expect(guide.hint).toMatch(/old CM\/ECF/);
  expect(await countHosts(page)).toBe(1);
});

it('loads its code from URLs a page cannot fetch', async () => {
  session().server.page(FORM, fixture('authored/mnd-link-form-table.html'));
  await page.goto(FORM);
  // The bubble is drawn by the overlay, which the guide imported: both files were found.
  await expect.poll(async () => (await readGuide(page))?.hint ?? null).not.toBeNull();
  const fetched = await page.evaluate(
    (urls) =>
      Promise.all(
        urls.map((url) =>
          fetch(url).then(
            (response) => `fetched ${response.status}`,
            (error: unknown) => (error as Error).name,
          ),
        ),
      ),
    ['content/guide.js', 'content/overlay.js', 'content/help-desks.js'].map(
      (file) => `chrome-extension://${session().browser.extensionId}/${file}`,
    ),
  );
  expect(fetched).toEqual(['TypeError', 'TypeError', 'TypeError']);
});

it('does nothing on a court host reached at a port', async () => {
  const ported = 'https://ecf.mnd.uscourts.gov:8443/x/.uscourts.gov/cgi-bin/LinkAccount.pl';
  await session().server.alsoOnPort(8443);
  session().server.page(ported, fixture('authored/mnd-link-form-table.html'));
  const before = await storedChoices();
  await page.goto(ported);
  await page.waitForLoadState('load');
  await page.waitForTimeout(1_500);
  expect(await countHosts(page)).toBe(0);
  expect(await storedChoices()).toEqual(before);
});

describe('damaged storage', () => {
  const CACB_FORM = 'https://ecf.cacb.uscourts.gov/cgi-bin/LinkAccount.pl';
  const good = {
    status: 'linked',
    at: Date.UTC(2026, 10, 2),
    source: { kind: 'detected', step: 'link-done', evidence: 'link-done' },
  };

  it('opens the popup with 150,000 damaged entries and one good court, and saves the next report', async () => {
    const statuses: Record<string, unknown> = { mnd: good };
    for (let index = 0; index < 150_000; index += 1) statuses[`bad${index}`] = index;
    await session().browser.storeLocal({ version: 1, statuses, setAside: [] });
    expect(await session().browser.popupStatuses()).toEqual({ mnd: 'linked' });
    const popup = await session().browser.openPopup();
    try {
      await expect(
        popup.getByRole('region', { name: 'Some saved data could not be read' }).textContent(),
      ).resolves.toMatch(/too large to keep/);
    } finally {
      await popup.close();
    }
    // A court page's report is written: the damaged entries took no room from it.
    session().server.page(CACB_FORM, fixture('authored/cacb-link-form-labels.html'));
    await page.goto(CACB_FORM);
    await waitForStep(page, 'link-form', 'cacb');
    await expect
      .poll(() => session().browser.popupStatuses())
      .toEqual({ mnd: 'linked', cacb: 'in-progress' });
  });

  it('keeps the courts of both layouts when storage holds the old keys beside the new', async () => {
    await session().browser.storeLocal({
      version: 1,
      statuses: { mnd: good },
      courtStatuses: { cacb: good, mnd: { ...good, at: Date.UTC(2026, 0, 1) } },
      setAside: [],
    });
    expect(await session().browser.popupStatuses()).toEqual({ mnd: 'linked', cacb: 'linked' });
    const { local } = await session().browser.storage();
    expect(local.courtStatuses).toBeUndefined();
    // The older mnd lost to the newer: kept aside, not dropped.
    expect(local.setAside).toMatchObject([{ value: { at: Date.UTC(2026, 0, 1) } }]);
  });
});

it('guides a page whose one text node is 5 MB', async () => {
  const html = fixtureHtml('authored/mnd-link-form-table.html').replace(
    '</body>',
    `<pre>${'Docket text without any tags. '.repeat(175_000)}</pre></body>`,
  );
  session().server.pageOf(FORM, html);
  await page.goto(FORM);
  const guide = await waitForStep(page, 'link-form', 'mnd');
  expect(guide.hint).toMatch(/old CM\/ECF/);
});
