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
} from '../../test/browser/support/extension-browser';
import { FixtureServer } from '../../test/browser/support/fixture-server';
import { COURTS } from '../../src/flows/court-registry';
import { floorExtension } from './floor-extension';

export type SeenByPlain = Pick<SeenRequest, 'url' | 'frameUrl'>;

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in
 * `__name(...)`: functions the bench sends into pages carry that call, so
 * every page gets a stand-in for it.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

export class BenchBrowsers {
  private constructor(
    readonly server: FixtureServer,
    readonly extension: ExtensionBrowser,
    /** The same build with empty content scripts and a bare page (floor-extension.ts). */
    readonly floor: ExtensionBrowser,
    private readonly floorDist: string,
    readonly plain: BrowserContext,
    private readonly plainProfile: string,
    /** Every request of the browser without the extension. */
    readonly plainRequests: SeenByPlain[],
  ) {}

  /** `dist`: the build to measure, already checked (chromium.ts builtExtension). */
  static async start(dist: string): Promise<BenchBrowsers> {
    const server = await FixtureServer.start();
    const plainProfile = mkdtempSync(join(tmpdir(), 'pacer-link-guide-bench-plain-'));
    const floorDist = floorExtension(
      dist,
      COURTS.map((court) => court.id),
    );
    try {
      const extension = await ExtensionBrowser.launch(server, undefined, [], dist);
      const floor = await ExtensionBrowser.launch(server, undefined, [], floorDist);
      const plain = await chromium.launchPersistentContext(
        plainProfile,
        chromiumOptions(server, null),
      );
      const plainRequests: SeenByPlain[] = [];
      plain.on('request', (request) => plainRequests.push(describeRequest(request)));
      for (const context of [extension.context, floor.context, plain])
        await context.addInitScript(KEEP_NAMES_SHIM);
      return new BenchBrowsers(
        server,
        extension,
        floor,
        floorDist,
        plain,
        plainProfile,
        plainRequests,
      );
    } catch (error) {
      rmSync(plainProfile, { recursive: true, force: true });
      rmSync(floorDist, { recursive: true, force: true });
      await server.close();
      throw error;
    }
  }

  /** Chromium's version, as the browser reports it. */
  version(): string {
    return this.plain.browser()?.version() ?? 'unknown';
  }

  async close(): Promise<void> {
    await this.extension.close().catch(() => undefined);
    await this.floor.close().catch(() => undefined);
    await this.plain.close().catch(() => undefined);
    rmSync(this.plainProfile, { recursive: true, force: true });
    rmSync(this.floorDist, { recursive: true, force: true });
    await this.server.close();
  }
}
