// Debian's Chromium with the built extension loaded, every court host resolved
// to the fixture server, and a record of every request the browser's pages,
// extension pages and service worker made.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type Page,
  type Request,
  type Worker,
} from 'playwright-core';
import { builtExtension, chromiumPath } from './chromium';
import type { FixtureServer } from './fixture-server';

export interface SeenRequest {
  readonly url: string;
  readonly method: string;
  readonly resourceType: string;
  readonly isNavigation: boolean;
  /** The page's URL for a page's request; null for the service worker's. */
  readonly frameUrl: string | null;
  readonly fromServiceWorker: boolean;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | null;
}

export interface ExtensionStorage {
  readonly local: Record<string, unknown>;
  readonly sync: Record<string, unknown>;
  readonly session: Record<string, unknown>;
}

/** The part of the extension API the storage read uses (no @types/chrome here). */
interface ChromeWithStorage {
  readonly storage: Readonly<
    Record<
      'local' | 'sync' | 'session',
      {
        get(keys: null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      }
    >
  >;
}

/**
 * How every Chromium of the tests and the benchmark starts: headless, off the
 * network but for the fixture server, with the built extension when given
 * (or several builds side by side: the bench's page loads, one-browser.ts).
 * One list, so a browser without the extension differs in nothing else.
 */
export function chromiumOptions(
  server: FixtureServer,
  extension: string | readonly string[] | null,
) {
  const extensions =
    extension === null ? [] : typeof extension === 'string' ? [extension] : extension;
  return {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(extensions.length > 0
        ? [
            `--disable-extensions-except=${extensions.join(',')}`,
            `--load-extension=${extensions.join(',')}`,
          ]
        : []),
      `--host-resolver-rules=${server.resolverRules}`,
      '--ignore-certificate-errors',
    ],
  };
}

export function describeRequest(request: Request): SeenRequest {
  let frameUrl: string | null = null;
  try {
    frameUrl = request.frame().url();
  } catch {
    // The service worker's requests have no frame.
  }
  return {
    url: request.url(),
    method: request.method(),
    resourceType: request.resourceType(),
    isNavigation: request.isNavigationRequest(),
    frameUrl,
    fromServiceWorker: request.serviceWorker() !== null,
    headers: request.headers(),
    body: request.postDataBuffer()?.toString('latin1') ?? null,
  };
}

interface ChromeWithQuota {
  readonly storage: {
    readonly local: {
      readonly QUOTA_BYTES: number;
      getBytesInUse(keys: null): Promise<number>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
}

/** chrome://extensions' own API, as far as the reload uses it. */
interface ChromeExtensionsPage {
  readonly developerPrivate: {
    updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  };
}

interface ChromeRuntime {
  readonly runtime: { reload(): void };
}

export class ExtensionBrowser {
  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    /** The popup's page, as the built manifest names it (action.default_popup). */
    readonly popupUrl: string,
    readonly profile: string,
    private readonly server: FixtureServer,
    /** Every request, across restarts of the browser. */
    readonly requests: SeenRequest[],
  ) {}

  static async launch(
    server: FixtureServer,
    profile?: string,
    requests: SeenRequest[] = [],
    dist: string = builtExtension(),
  ): Promise<ExtensionBrowser> {
    const ownProfile = profile ?? mkdtempSync(join(tmpdir(), 'pacer-link-guide-profile-'));
    try {
      return await ExtensionBrowser.open(server, ownProfile, requests, dist);
    } catch (error) {
      // A profile made for this launch goes with it; a restarted one is kept.
      if (!profile) rmSync(ownProfile, { recursive: true, force: true });
      throw error;
    }
  }

  private static async open(
    server: FixtureServer,
    profile: string,
    requests: SeenRequest[],
    dist: string,
  ): Promise<ExtensionBrowser> {
    const context = await chromium.launchPersistentContext(profile, chromiumOptions(server, dist));
    context.on('request', (request) => requests.push(describeRequest(request)));
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(async () => {
        await context.close();
        throw new Error(
          `The extension in ${dist} did not start: no service worker within 15 s. ` +
            'Chromium refuses an extension whose manifest or files are wrong: load dist/ in ' +
            'chrome://extensions (Developer mode, Load unpacked) to see why.',
        );
      }));
    const extensionId = new URL(worker.url()).host;
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
      action?: { default_popup?: string };
    };
    const popup = manifest.action?.default_popup;
    if (!popup) throw new Error(`${dist}/manifest.json has no action.default_popup`);
    const popupUrl = `chrome-extension://${extensionId}/${popup}`;
    return new ExtensionBrowser(context, extensionId, popupUrl, profile, server, requests);
  }

  get origin(): string {
    return `chrome-extension://${this.extensionId}`;
  }

  async newPage(): Promise<Page> {
    return this.context.newPage();
  }

  /** Opens the popup in a tab and waits for it to show "My courts". */
  async openPopup(): Promise<Page> {
    const popup = await this.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(this.popupUrl);
    await popup.getByRole('heading', { name: 'My courts' }).waitFor({ timeout: 10_000 });
    return popup;
  }

  /** Court id → status, as the popup's rows show them (`data-court`, `data-status`). */
  async popupStatuses(): Promise<Record<string, string>> {
    const popup = await this.openPopup();
    try {
      return await readPopupStatuses(popup);
    } finally {
      await popup.close();
    }
  }

  /** The extension's service worker, woken when it has stopped. */
  async worker(): Promise<Worker> {
    const running = this.context
      .serviceWorkers()
      .find((worker) => worker.url().startsWith(this.origin));
    if (running) return running;
    // A stopped worker starts again for an extension page.
    const waking = this.context.waitForEvent('serviceworker', { timeout: 10_000 });
    const popup = await this.openPopup();
    await popup.close();
    return this.context.serviceWorkers().find((w) => w.url().startsWith(this.origin)) ?? waking;
  }

  /** Every storage area of the extension, read from its service worker. */
  async storage(): Promise<ExtensionStorage> {
    const worker = await this.worker();
    return worker.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: ChromeWithStorage }).chrome;
      return {
        local: await storage.local.get(null),
        sync: await storage.sync.get(null),
        session: await storage.session.get(null),
      };
    });
  }

  /** Forgets every court's status, as a fresh install would have none. */
  async forgetStatuses(): Promise<void> {
    await this.storeLocal({ statuses: {} });
  }

  /**
   * Writes `items` to the extension's storage.local, as the extension itself
   * would. First it waits (up to 10 s) for the layout the background writes
   * at install: written after ours, that repair would replace what we wrote.
   */
  async storeLocal(items: Record<string, unknown>): Promise<void> {
    const worker = await this.worker();
    await worker.evaluate(async (written) => {
      const { storage } = (globalThis as unknown as { chrome: ChromeWithStorage }).chrome;
      for (let waited = 0; waited < 10_000; waited += 50) {
        if ((await storage.local.get(null)).version !== undefined) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await storage.local.set(written);
    }, items);
  }

  /**
   * Reloads the extension from its folder, as its reload button or an update
   * does: a new service worker starts (runtime.onInstalled, reason "update"),
   * and the content scripts already in pages lose their extension. Chromium
   * reloads an unpacked extension only in developer mode (otherwise it
   * disables it as an "unsupported developer extension"): that goes on first.
   */
  async reloadExtension(): Promise<void> {
    const settings = await this.context.newPage();
    try {
      await settings.goto('chrome://extensions/');
      await settings.evaluate(async () => {
        const { developerPrivate } = (globalThis as unknown as { chrome: ChromeExtensionsPage })
          .chrome;
        await developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
      });
    } finally {
      await settings.close();
    }
    const old = await this.worker();
    const ended = new Promise<void>((resolve) => old.once('close', () => resolve()));
    const started = this.context.waitForEvent('serviceworker', {
      predicate: (worker) => worker !== old && worker.url().startsWith(this.origin),
      timeout: 15_000,
    });
    // The worker ends as it runs this: its answer may never come.
    await old
      .evaluate(() => (globalThis as unknown as { chrome: ChromeRuntime }).chrome.runtime.reload())
      .catch(() => undefined);
    // Both, so that no later call reaches the old worker.
    await Promise.all([started, ended]);
  }

  /**
   * Fills storage.local up to Chrome's QUOTA_BYTES but for `room` bytes, with
   * one key the extension never reads. Returns the function that empties it.
   */
  async fillStorage(room: number): Promise<() => Promise<void>> {
    const key = 'testFiller';
    const worker = await this.worker();
    await worker.evaluate(
      async ({ key, room }) => {
        const { local } = (globalThis as unknown as { chrome: ChromeWithQuota }).chrome.storage;
        const free = local.QUOTA_BYTES - (await local.getBytesInUse(null));
        // Chrome counts the key and the value's JSON (with its two quotes).
        await local.set({ [key]: 'x'.repeat(free - room - key.length - 2) });
      },
      { key, room },
    );
    return async () => {
      const current = await this.worker();
      await current.evaluate(async (key) => {
        const { local } = (globalThis as unknown as { chrome: ChromeWithQuota }).chrome.storage;
        await local.remove(key);
      }, key);
    };
  }

  /** Closes the browser and opens it again on the same profile. */
  async restart(): Promise<ExtensionBrowser> {
    await this.context.close();
    return ExtensionBrowser.launch(this.server, this.profile, this.requests);
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

async function readPopupStatuses(popup: Page): Promise<Record<string, string>> {
  const rows = await popup
    .locator('[data-court][data-status]')
    .evaluateAll((elements) =>
      elements.map((element) => [
        element.getAttribute('data-court'),
        element.getAttribute('data-status'),
      ]),
    );
  const statuses: Record<string, string> = {};
  for (const [court, status] of rows) {
    if (!court || !status) continue;
    if (statuses[court] && statuses[court] !== status) {
      throw new Error(`The popup shows ${court} both ${statuses[court]} and ${status}`);
    }
    statuses[court] = status;
  }
  return statuses;
}
