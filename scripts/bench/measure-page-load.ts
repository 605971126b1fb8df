// Page load with and without the extension over the fixture pages, and the
// time from DOMContentLoaded to the guide on screen. Loads alternate between
// the three browsers so that drift in the machine's load hits all alike, and
// the order turns with each load, so that none is always the one to go right
// after another's work. Each round starts three fresh browsers (see
// BenchBrowsers.relaunch). Each load is compared with the loads of the same page
// next to it (paired ratios), and the figure is the median of those: a page
// that is slow for everyone in one round moves no ratio.
import type { Page } from 'playwright-core';
import { fixture } from '../../harness/browser/paths';
import { FIXTURES } from '../../harness/fixtures/expectations';
import type { BenchBrowsers } from './bench-browsers';
import { median, slowest } from './statistics';

type Side = 'without' | 'floor' | 'with';
const SIDES: readonly Side[] = ['without', 'floor', 'with'];

const RUNS = 5;
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

export interface PageLoadFigures {
  readonly pages: number;
  readonly runs: number;
  /** Median over every load of (with the extension ÷ without it, the same page in the same round). */
  readonly ratio: number;
  /** The same for the floor build (empty content scripts): Chromium's own cost of any content script. */
  readonly floorRatio: number;
  /** Median over every load of (with the extension ÷ the floor build): the guide's own cost. */
  readonly overFloorRatio: number;
  /** The floor's ratio in its lowest and highest round: the noise a gain must beat. */
  readonly floorRatioRange: readonly [number, number];
  readonly withExtensionMs: number;
  readonly withoutExtensionMs: number;
  readonly floorMs: number;
  /** DOMContentLoaded to the first frame with the guide, median over pages that show it. */
  readonly guideVisibleMs: number | null;
  readonly guidePages: number;
  readonly slowestGuide: { readonly file: string; readonly ms: number } | null;
}

export async function measurePageLoad(browsers: BenchBrowsers): Promise<PageLoadFigures> {
  const pages = FIXTURES.filter((entry) => new URL(entry.url).hostname.endsWith('.uscourts.gov'));
  const loads = pages.map(() => ({
    with: [] as number[],
    without: [] as number[],
    floor: [] as number[],
    guide: [] as number[],
  }));
  const showsGuide = pages.map(() => true);
  for (let run = 0; run < RUNS; run += 1) {
    if (run > 0) await browsers.relaunch();
    const browserOf = {
      without: await browsers.plain.newPage(),
      floor: await browsers.floor.newPage(),
      with: await browsers.extension.newPage(),
    };
    try {
      // All three carry the watcher, so that its cost is on every side of the ratios.
      for (const page of Object.values(browserOf)) await page.addInitScript(watchForGuide);
      for (const [index, entry] of pages.entries()) {
        const times = loads[index];
        if (!times) continue;
        const remove = browsers.server.page(entry.url, fixture(entry.file));
        // A fresh browser's first load starts its renderer: not a page load to count.
        if (index === 0)
          for (const page of Object.values(browserOf)) await loadTime(page, entry.url);
        for (let turn = 0; turn < SIDES.length; turn += 1) {
          const side = SIDES[(run + index + turn) % SIDES.length] ?? 'without';
          times[side][run] = await loadTime(browserOf[side], entry.url);
          if (side !== 'with' || !showsGuide[index]) continue;
          const delay = await guideDelay(browserOf.with, run === 0 ? GUIDE_WAIT_MS : 10_000);
          if (delay === null) showsGuide[index] = false;
          else times.guide.push(delay);
        }
        remove();
      }
    } finally {
      for (const page of Object.values(browserOf)) await page.close();
    }
  }
  const withMs = loads.reduce((sum, times) => sum + median(times.with), 0);
  const withoutMs = loads.reduce((sum, times) => sum + median(times.without), 0);
  const floorMs = loads.reduce((sum, times) => sum + median(times.floor), 0);
  const paired = (top: Side, bottom: Side, run?: number) =>
    loads.flatMap((times) =>
      times[top].flatMap((time, at) => {
        const other = times[bottom][at];
        return (run === undefined || at === run) && other ? [time / other] : [];
      }),
    );
  // The floor's own ratio round by round: how far it wanders tells a real gain from noise.
  const floorRatioByRun = Array.from({ length: RUNS }, (_, run) =>
    median(paired('floor', 'without', run)),
  );
  const guides = pages
    .map((entry, index) => ({ file: entry.file, ms: median(loads[index]?.guide ?? []) }))
    .filter((_, index) => showsGuide[index]);
  return {
    pages: pages.length,
    runs: RUNS,
    ratio: median(paired('with', 'without')),
    floorRatio: median(paired('floor', 'without')),
    overFloorRatio: median(paired('with', 'floor')),
    floorRatioRange: [Math.min(...floorRatioByRun), Math.max(...floorRatioByRun)],
    withExtensionMs: withMs,
    withoutExtensionMs: withoutMs,
    floorMs,
    guideVisibleMs: guides.length ? median(guides.map((entry) => entry.ms)) : null,
    guidePages: guides.length,
    slowestGuide: guides.length ? slowest(guides) : null,
  };
}
