// Page load with the extension, with the floor build (empty content scripts)
// and without either, over the fixture pages, and the time from
// DOMContentLoaded to the guide on screen. All loads happen in one tab of one
// browser that has both builds (one-browser.ts), taking turns in an order
// that puts every side after every other equally often, so that neither the
// machine's drift nor what the last load left running favours one side. Each
// round starts a fresh browser. Each load is compared with the loads of the
// same page next to it (paired ratios), and the figure is the median of
// those, with a 95 % interval from resampling the pages: a page that is slow
// for everyone in one round moves no ratio.
import type { Page } from 'playwright-core';
import { isServedHere } from '../../harness/browser/fixture-server';
import { fixture } from '../../harness/browser/paths';
import { FIXTURES } from '../../harness/fixtures/expectations';
import { KEEP_NAMES_SHIM, type BenchBrowsers } from './bench-browsers';
import { launchOneBrowser, sideUrl, SIDES, type Side } from './one-browser';
import { median, medianWithInterval, slowest } from './statistics';

/**
 * The order of the four sides for each load of a page, turning from page to
 * page: a balanced Latin square, in which each side follows each other side
 * once over four pages.
 */
const ORDERS: readonly (readonly number[])[] = [
  [0, 1, 3, 2],
  [1, 2, 0, 3],
  [2, 3, 1, 0],
  [3, 0, 2, 1],
];
const RUNS = 4;
/** After each load, before the next: the guide's work after load is over by then. */
const SETTLE_MS = 25;
/** How long to wait for a guide on a page's first load; pages without one are not waited for again. */
const GUIDE_WAIT_MS = 3_000;

interface GuideTimes {
  dcl: number | null;
  /** When the host first said it was drawn (data-court set). */
  inDom: number | null;
  /** The first animation frame after that: when it is on screen. */
  onScreen: number | null;
}

/**
 * In the page's main world: watches for the guide to be drawn. Its shadow root
 * is closed, so the sign is the one a page may see: the host's data-court,
 * which the guide sets once the bubble or the pill is on the page.
 */
function watchForGuide(): void {
  const times: GuideTimes = { dcl: null, inDom: null, onScreen: null };
  (window as unknown as { __pacerLinkGuideBench: GuideTimes }).__pacerLinkGuideBench = times;
  const check = () => {
    if (times.inDom !== null) return;
    if (!document.querySelector('div[data-pacer-link-guide][data-court]')) return;
    times.inDom = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      times.onScreen = performance.now();
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('DOMContentLoaded', () => {
    times.dcl = performance.now();
  });
}

export async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
        ?.loadEventEnd,
  );
  return page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return entry ? entry.loadEventEnd - entry.startTime : Number.NaN;
  });
}

async function guideDelay(page: Page, timeout: number): Promise<number | null> {
  const done = await page
    .waitForFunction(
      () =>
        (window as unknown as { __pacerLinkGuideBench?: GuideTimes }).__pacerLinkGuideBench
          ?.onScreen != null,
      undefined,
      { timeout },
    )
    .then(() => true)
    .catch(() => false);
  if (!done) return null;
  return page.evaluate(() => {
    const times = (window as unknown as { __pacerLinkGuideBench: GuideTimes })
      .__pacerLinkGuideBench;
    return (times.onScreen ?? Number.NaN) - (times.dcl ?? Number.NaN);
  });
}

/** A median ratio and its 95 % interval. */
export interface Ratio {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

export interface PageLoadFigures {
  readonly pages: number;
  readonly runs: number;
  /** With the extension ÷ without it (a host no content script matches), same page, same round. */
  readonly ratio: Ratio;
  /** The floor build ÷ without: Chromium's own cost of any content script. */
  readonly floorRatio: Ratio;
  /** With the extension ÷ the floor build: the guide's own cost. */
  readonly overFloorRatio: Ratio;
  /** The floor build on its second host ÷ on its first: what noise alone gives. */
  readonly twinRatio: Ratio;
  /** With ÷ floor in its lowest and highest round. */
  readonly overFloorByRun: readonly [number, number];
  /** Twin ÷ floor in its lowest and highest round. */
  readonly twinByRun: readonly [number, number];
  readonly withExtensionMs: number;
  readonly withoutExtensionMs: number;
  readonly floorMs: number;
  /** DOMContentLoaded to the first frame with the guide, median over pages that show it. */
  readonly guideVisibleMs: number | null;
  readonly guidePages: number;
  readonly slowestGuide: { readonly file: string; readonly ms: number } | null;
}

export async function measurePageLoad(browsers: BenchBrowsers): Promise<PageLoadFigures> {
  const pages = FIXTURES.filter((entry) => isServedHere(entry.url));
  const loads = pages.map(() => ({
    with: [] as number[],
    without: [] as number[],
    floor: [] as number[],
    twin: [] as number[],
    guide: [] as number[],
  }));
  const showsGuide = pages.map(() => true);
  const initScript = `${KEEP_NAMES_SHIM}\n(${watchForGuide.toString()})();`;
  for (let run = 0; run < RUNS; run += 1) {
    const browser = await launchOneBrowser(
      browsers.server,
      browsers.dist,
      browsers.sideFloorDist,
      initScript,
    );
    try {
      const tab = await browser.context.newPage();
      for (const [index, entry] of pages.entries()) {
        const times = loads[index];
        if (!times) continue;
        const removes = SIDES.map((side) =>
          browsers.server.page(sideUrl(entry.url, side), fixture(entry.file)),
        );
        // A fresh browser's first loads start its renderers: not page loads to count.
        if (index === 0) for (const side of SIDES) await loadTime(tab, sideUrl(entry.url, side));
        for (const at of ORDERS[(run + index) % ORDERS.length] ?? []) {
          const side = SIDES[at] ?? 'without';
          times[side][run] = await loadTime(tab, sideUrl(entry.url, side));
          if (side === 'with' && showsGuide[index]) {
            const delay = await guideDelay(tab, run === 0 ? GUIDE_WAIT_MS : 10_000);
            if (delay === null) showsGuide[index] = false;
            else times.guide.push(delay);
          }
          await tab.waitForTimeout(SETTLE_MS);
        }
        for (const remove of removes) remove();
      }
    } finally {
      await browser.close();
    }
  }
  const sumOfMedians = (side: Side) => loads.reduce((sum, times) => sum + median(times[side]), 0);
  /** Per page, each round's load of `top` ÷ the same round's load of `bottom`. */
  const paired = (top: Side, bottom: Side, run?: number) =>
    loads.map((times) =>
      times[top].flatMap((time, at) => {
        const other = times[bottom][at];
        return (run === undefined || at === run) && other ? [time / other] : [];
      }),
    );
  const byRun = (top: Side, bottom: Side): [number, number] => {
    const medians = Array.from({ length: RUNS }, (_, run) =>
      median(paired(top, bottom, run).flat()),
    );
    return [Math.min(...medians), Math.max(...medians)];
  };
  const guides = pages
    .map((entry, index) => ({ file: entry.file, ms: median(loads[index]?.guide ?? []) }))
    .filter((_, index) => showsGuide[index]);
  return {
    pages: pages.length,
    runs: RUNS,
    ratio: medianWithInterval(paired('with', 'without')),
    floorRatio: medianWithInterval(paired('floor', 'without')),
    overFloorRatio: medianWithInterval(paired('with', 'floor')),
    twinRatio: medianWithInterval(paired('twin', 'floor')),
    overFloorByRun: byRun('with', 'floor'),
    twinByRun: byRun('twin', 'floor'),
    withExtensionMs: sumOfMedians('with'),
    withoutExtensionMs: sumOfMedians('without'),
    floorMs: sumOfMedians('floor'),
    guideVisibleMs: guides.length ? median(guides.map((entry) => entry.ms)) : null,
    guidePages: guides.length,
    slowestGuide: guides.length ? slowest(guides) : null,
  };
}
