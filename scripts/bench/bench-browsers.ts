// The three Chromiums the other measures compare: the test harness's one with
// the built extension, one with the floor build and one without either. Page
// loads use a browser of their own (one-browser.ts).
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
import { floorOnSideHosts } from './one-browser';

export type SeenByPlain = Pick<SeenRequest, 'url' | 'frameUrl'>;

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in
 * `__name(...)`: functions the bench sends into pages carry that call, so
 * every page gets a stand-in for it.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

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
    readonly extension: ExtensionBrowser,
    /** The same build with empty content scripts and a bare page (floor-extension.ts). */
    readonly floor: ExtensionBrowser,
    /** The build measured. */
    readonly dist: string,
    readonly floorDist: string,
    /** The floor build bound to the page loads' floor hosts (one-browser.ts), made once for every round. */
    readonly sideFloorDist: string,
    readonly plain: BrowserContext,
    private readonly plainProfile: string,
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
    const sideFloorDist = floorOnSideHosts(floorDist);
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
        sideFloorDist,
        plain,
        plainProfile,
        plainRequests,
      );
    } catch (error) {
      rmSync(floorDist, { recursive: true, force: true });
      rmSync(sideFloorDist, { recursive: true, force: true });
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
    rmSync(this.sideFloorDist, { recursive: true, force: true });
    await this.server.close();
  }
}
