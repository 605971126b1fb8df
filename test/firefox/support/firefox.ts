// Debian's Firefox ESR driven over WebDriver BiDi (puppeteer-core speaks it
// without a separate driver), with the Firefox build installed as a temporary
// add-on and every host name resolved to the fixture server.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { toFirefoxManifest } from '../../../scripts/firefox-manifest';
import type { Manifest } from '../../../scripts/firefox-manifest';
import { builtExtension } from '../../../harness/browser/chromium';
import type { FixtureServer } from '../../../harness/browser/fixture-server';
import { ROOT } from '../../../harness/browser/paths';
import { HOST_SELECTOR } from '../../../src/guide/guide-host';
import { inFirefoxGuide } from './firefox-guide-shadow';
import { guideCentreOver, guidePartAt } from '../../browser/support/guide-points';

/** Fixed, so the test can open the extension's own pages (moz-extension://<uuid>/…). */
const EXTENSION_UUID = '5d7a3c1e-2b4f-4e8a-9c6d-0f1e2d3c4b5a';

function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `No Firefox at ${path}. The Firefox run drives a real Firefox with dist-firefox/.\n` +
        '  On Debian: apt-get update && apt-get install -y firefox-esr   (as root)\n' +
        '  Or point FIREFOX_PATH at a Firefox 140+ binary (the real one, not a wrapper script).',
    );
  }
  return path;
}

/**
 * dist-firefox/ as `npm run build` derives it from a fresh dist/, copied so a
 * build started meanwhile cannot change the files under the running browser.
 */
function firefoxBuild(): string {
  const chromium = builtExtension();
  const folder = join(ROOT, 'dist-firefox');
  const read = (dir: string) =>
    JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  if (!existsSync(join(folder, 'manifest.json'))) {
    throw new Error('No build in dist-firefox/: run `npm run build` before the Firefox run.');
  }
  if (JSON.stringify(read(folder)) !== JSON.stringify(toFirefoxManifest(read(chromium)))) {
    throw new Error('dist-firefox/ is not derived from dist/: run `npm run build`.');
  }
  const copy = mkdtempSync(join(tmpdir(), 'pacer-link-guide-firefox-'));
  cpSync(folder, copy, { recursive: true });
  return copy;
}

/** Asks `ask` every `everyMs` until it answers something, or `timeout` ms have passed (null). */
async function askUntil<T>(
  timeout: number,
  everyMs: number,
  ask: () => Promise<T | null>,
): Promise<T | null> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const answer = await ask();
    if (answer !== null) return answer;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return null;
}

export class ExtensionFirefox {
  private constructor(
    readonly browser: Browser,
    readonly extensionId: string,
    private readonly extension: string,
  ) {}

  static async launch(server: FixtureServer): Promise<ExtensionFirefox> {
    const executablePath = firefoxPath();
    const extension = firefoxBuild();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      // The size the Chromium suite uses, so both browsers lay the guide out alike.
      defaultViewport: { width: 1280, height: 800 },
      // The fixture server's certificate is made for this run only.
      acceptInsecureCerts: true,
      // Lets BiDi open the extension's own pages (moz-extension://), as a filer does from the toolbar.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // Every host name to the fixture server: court pages under their real names, nothing leaves the machine.
        'network.dns.forceResolve': server.address,
        'network.trr.mode': 5,
        // Install as a filer who has not granted the court sites yet (Firefox's MV3 host permissions are optional)…
        'extensions.originControls.grantByDefault': false,
        // …and answer "Allow" to the permission request, whose doorhanger BiDi cannot click.
        'extensions.webextOptionalPermissionPrompts': false,
        'extensions.webextensions.uuids': JSON.stringify({
          'pacer-link-guide@pacer-link-guide': EXTENSION_UUID,
        }),
      },
    });
    try {
      const extensionId = await browser.installExtension(extension);
      return new ExtensionFirefox(browser, extensionId, extension);
    } catch (error) {
      await browser.close();
      rmSync(extension, { recursive: true, force: true });
      throw error;
    }
  }

  /** The URL of one of the extension's pages, e.g. `src/popup/index.html`. */
  pageUrl(path: string): string {
    return `moz-extension://${EXTENSION_UUID}/${path}`;
  }

  /**
   * A tab the extension opened itself, once it shows `path`. BiDi reports no
   * navigation to a moz-extension page (its URL stays about:blank), so each
   * tab is asked where it is.
   */
  async openedPage(path: string, timeout = 15_000): Promise<Page> {
    const url = this.pageUrl(path);
    const opened = await askUntil(timeout, 200, async () => {
      for (const page of await this.browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => null);
        if (href === url) return page;
      }
      return null;
    });
    if (!opened) throw new Error(`The extension opened no tab on ${url} within ${timeout} ms`);
    return opened;
  }

  /**
   * The extension's page in a new tab, once `ready` is on it. moz-extension
   * pages report no load to BiDi, so the content is asked for, the way
   * openedPage asks for the URL: a question that meets the tab between
   * about:blank and the page can fail inside Firefox's remote agent (seen once
   * in CI: "right-hand side of 'in' should be an object, got null", which
   * ended puppeteer's waitForSelector), and is then asked again.
   */
  async openExtensionPage(path: string, ready: string, timeout = 15_000): Promise<Page> {
    const page = await this.browser.newPage();
    void page.goto(this.pageUrl(path)).catch(() => undefined);
    const shown = await askUntil(timeout, 100, async () =>
      (await page
        .evaluate((selector) => document.querySelector(selector) !== null, ready)
        .catch(() => false))
        ? page
        : null,
    );
    if (!shown) throw new Error(`${this.pageUrl(path)} showed no ${ready} within ${timeout} ms`);
    return shown;
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    rmSync(this.extension, { recursive: true, force: true });
  }
}

/** What the guide shows, read from its host element as outside code may (issue 3). */
export interface GuideOnPage {
  readonly court: string;
  readonly step: string;
  readonly ring: boolean;
  readonly hint: string | null;
}

export async function waitForStep(
  page: Page,
  step: string,
  timeout = 15_000,
): Promise<GuideOnPage> {
  const until = Date.now() + timeout;
  let seen: GuideOnPage | null = null;
  while (Date.now() < until) {
    seen = await inFirefoxGuide(
      page,
      (root): GuideOnPage => ({
        court: root.host.getAttribute('data-court') ?? '',
        step: root.host.getAttribute('data-step') ?? '',
        ring: Boolean(root.querySelector('[data-part="highlight"]')),
        hint: root.querySelector('[data-part="hint"]')?.textContent ?? null,
      }),
      // A page being replaced by the next one answers nothing.
    ).catch(() => null);
    if (seen?.step === step) return seen;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `Expected step "${step}" on ${page.url()}, but the guide shows ${JSON.stringify(seen)}`,
  );
}

/** The first element under `scope` whose text matches, as a filer finds it. */
export async function byText(
  page: Page,
  scope: string,
  text: RegExp,
): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle(
    (selector, source, flags) =>
      [...document.querySelectorAll(selector)].find((element) =>
        new RegExp(source, flags).test(
          element instanceof HTMLInputElement ? element.value : (element.textContent ?? ''),
        ),
      ) ?? null,
    scope,
    text.source,
    text.flags,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`Nothing under "${scope}" reads ${String(text)} on ${page.url()}`);
  return element as ElementHandle<Element>;
}

/** What of the guide covers the element's centre, or null when a click there reaches it. */
export async function coveredBy(element: ElementHandle<Element>): Promise<string | null> {
  await element.scrollIntoView();
  const centre = await element.evaluate(guideCentreOver, HOST_SELECTOR);
  if (!centre) return null;
  const part = await inFirefoxGuide(element.frame.page(), guidePartAt, centre);
  return `its ${part ?? 'layer'}`;
}

/**
 * Goes on as a filer does: a click, or Enter on the focused control when the
 * guide covers it (recorded in `problems`, as the Chromium walk does).
 */
export async function follow(
  page: Page,
  element: ElementHandle<Element>,
  problems: string[] = [],
): Promise<void> {
  const cover = await coveredBy(element);
  const navigation = page.waitForNavigation({ timeout: 15_000 });
  if (cover) {
    problems.push(`on ${page.url()}, the guide (${cover}) covers the control to go on with`);
    await element.focus();
    await page.keyboard.press('Enter');
  } else {
    await element.click();
  }
  await navigation;
}
