// The two Chromiums the browser measures compare: the test harness's one with
// the built extension, and one started the same way without it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import {
  chromiumOptions,
  describeRequest,
  ExtensionBrowser,
  type SeenRequest,
} from '../../harness/browser/extension-browser';
import { FixtureServer } from '../../harness/browser/fixture-server';
import { COURTS } from '../../src/flows/court-registry';
import { floorExtension } from './floor-extension';

export type SeenByPlain = Pick<SeenRequest, 'url' | 'frameUrl'>;

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in
 * `__name(...)`: functions the bench sends into pages carry that call, so
 * every page gets a stand-in for it.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

async function launchPlain(
  server: FixtureServer,
  plainRequests: SeenByPlain[],
): Promise<{ plain: BrowserContext; plainProfile: string }> {
  const plainProfile = mkdtempSync(join(tmpdir(), 'pacer-link-guide-bench-plain-'));
  try {
    const plain = await chromium.launchPersistentContext(
      plainProfile,
      chromiumOptions(server, null),
    );
    plain.on('request', (request) => plainRequests.push(describeRequest(request)));
    return { plain, plainProfile };
  } catch (error) {
    rmSync(plainProfile, { recursive: true, force: true });
    throw error;
  }
}

export class BenchBrowsers {
  private constructor(
    readonly server: FixtureServer,
    /** The three browsers are relaunched between rounds of page loads (relaunch()). */
    public extension: ExtensionBrowser,
    /** The same build with empty content scripts and a bare page (floor-extension.ts). */
    public floor: ExtensionBrowser,
    private readonly dist: string,
    private readonly floorDist: string,
    public plain: BrowserContext,
    private plainProfile: string,
    /** Every request of the browser without the extension. */
    readonly plainRequests: SeenByPlain[],
  ) {}

  /** `dist`: the build to measure, already checked (chromium.ts builtExtension). */
  static async start(dist: string): Promise<BenchBrowsers> {
    const server = await FixtureServer.start();
    const floorDist = floorExtension(
      dist,
      COURTS.map((court) => court.id),
    );
    try {
      const extension = await ExtensionBrowser.launch(server, undefined, [], dist);
      const floor = await ExtensionBrowser.launch(server, undefined, [], floorDist);
      const plainRequests: SeenByPlain[] = [];
      const { plain, plainProfile } = await launchPlain(server, plainRequests);
      for (const context of [extension.context, floor.context, plain])
        await context.addInitScript(KEEP_NAMES_SHIM);
      return new BenchBrowsers(
        server,
        extension,
        floor,
        dist,
        floorDist,
        plain,
        plainProfile,
        plainRequests,
      );
    } catch (error) {
      rmSync(floorDist, { recursive: true, force: true });
      await server.close();
      throw error;
    }
  }

  /** Chromium's version, as the browser reports it. */
  version(): string {
    return this.plain.browser()?.version() ?? 'unknown';
  }

  /**
   * Fresh browsers and profiles for all three. Two Chromiums started alike can
   * differ by several per cent in page load for as long as they run, whatever
   * they load; relaunched between rounds, that difference is drawn afresh each
   * round rather than carried into every load.
   */
  async relaunch(): Promise<void> {
    await this.closeBrowsers();
    this.extension = await ExtensionBrowser.launch(
      this.server,
      undefined,
      this.extension.requests,
      this.dist,
    );
    this.floor = await ExtensionBrowser.launch(this.server, undefined, [], this.floorDist);
    ({ plain: this.plain, plainProfile: this.plainProfile } = await launchPlain(
      this.server,
      this.plainRequests,
    ));
    for (const context of [this.extension.context, this.floor.context, this.plain])
      await context.addInitScript(KEEP_NAMES_SHIM);
  }

  private async closeBrowsers(): Promise<void> {
    await this.extension.close().catch(() => undefined);
    await this.floor.close().catch(() => undefined);
    await this.plain.close().catch(() => undefined);
    rmSync(this.plainProfile, { recursive: true, force: true });
  }

  async close(): Promise<void> {
    await this.closeBrowsers();
    rmSync(this.floorDist, { recursive: true, force: true });
    await this.server.close();
  }
}
