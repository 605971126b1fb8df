// Page loads are compared inside one Chromium that has both builds: the real
// extension, whose content script runs on the court hosts as they are, and
// the floor build (empty content scripts), bound to the same hosts renamed
// `floor-…` and `twins-…`. Hosts renamed `plain-…` run no content script at
// all. The fixture server serves each page under all four names, and one tab
// loads them in turn.
//
// Three browsers, one per build, differed from each other by several per cent
// for as long as they ran, whatever they loaded: more than the 1 % the guide
// may cost. In one browser that difference is gone, and the two floor hosts,
// the same build twice, show what noise alone gives (issue 16).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumOptions } from '../../harness/browser/extension-browser';
import type { FixtureServer } from '../../harness/browser/fixture-server';
import { floorOnHosts } from './floor-extension';

export type Side = 'without' | 'floor' | 'twin' | 'with';
export const SIDES: readonly Side[] = ['without', 'floor', 'twin', 'with'];

/** Prefixes of one length, so that the names differ in nothing a load could feel. */
const HOST_PREFIX: Readonly<Record<Side, string>> = {
  with: '',
  floor: 'floor-',
  twin: 'twins-',
  without: 'plain-',
};

/** `url` as the side loads it: `https://ecf.mnd…` → `https://floor-ecf.mnd…`. */
export function sideUrl(url: string, side: Side): string {
  const parsed = new URL(url);
  parsed.hostname = HOST_PREFIX[side] + parsed.hostname;
  return parsed.href;
}

export interface OneBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A copy of the floor build (floor-extension.ts) bound to the floor's two hosts; its maker removes it. */
export function floorOnSideHosts(floor: string): string {
  return floorOnHosts(floor, [HOST_PREFIX.floor, HOST_PREFIX.twin]);
}

/** Starts the one browser. `boundFloor`: from floorOnSideHosts (BenchBrowsers.sideFloorDist). */
export async function launchOneBrowser(
  server: FixtureServer,
  dist: string,
  boundFloor: string,
  initScript: string,
): Promise<OneBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'pacer-link-guide-bench-one-'));
  const cleanUp = () => rmSync(profile, { recursive: true, force: true });
  try {
    const context = await chromium.launchPersistentContext(
      profile,
      chromiumOptions(server, [dist, boundFloor]),
    );
    await context.addInitScript(initScript);
    return {
      context,
      close: async () => {
        await context.close().catch(() => undefined);
        cleanUp();
      },
    };
  } catch (error) {
    cleanUp();
    throw error;
  }
}
