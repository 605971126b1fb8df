// Page load with and without the extension over the fixture pages, and the
// time from DOMContentLoaded to the guide on screen. Loads alternate between
// the browsers so that drift in the machine's load hits both alike.
import type { Page } from 'playwright-core';
import { fixture } from '../../test/browser/support/paths';
import { FIXTURES } from '../../test/fixtures/expectations';
import type { BenchBrowsers } from './bench-browsers';
import { median, slowest } from './statistics';

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
  /** Sum of per-page medians with the extension over the same without it. */
  readonly ratio: number;
  /** The same for the floor build (empty content scripts): Chromium's own cost of any content script. */
  readonly floorRatio: number;
  /** The floor's ratio in its lowest and highest run: the noise a gain must beat. */
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
  const plainPage = await browsers.plain.newPage();
  const floorPage = await browsers.floor.newPage();
  const extensionPage = await browsers.extension.newPage();
  // All three carry the watcher, so that its cost is on every side of the ratios.
  for (const page of [plainPage, floorPage, extensionPage]) await page.addInitScript(watchForGuide);
  const loads = pages.map(() => ({
    with: [] as number[],
    without: [] as number[],
    floor: [] as number[],
    guide: [] as number[],
  }));
  const showsGuide = pages.map(() => true);
  try {
    for (let run = 0; run < RUNS; run += 1) {
      for (const [index, entry] of pages.entries()) {
        const times = loads[index];
        if (!times) continue;
        const remove = browsers.server.page(entry.url, fixture(entry.file));
        times.without.push(await loadTime(plainPage, entry.url));
        times.floor.push(await loadTime(floorPage, entry.url));
        times.with.push(await loadTime(extensionPage, entry.url));
        if (showsGuide[index]) {
          const delay = await guideDelay(extensionPage, run === 0 ? GUIDE_WAIT_MS : 10_000);
          if (delay === null) showsGuide[index] = false;
          else times.guide.push(delay);
        }
        remove();
      }
    }
  } finally {
    await plainPage.close();
    await floorPage.close();
    await extensionPage.close();
  }
  const withMs = loads.reduce((sum, times) => sum + median(times.with), 0);
  const withoutMs = loads.reduce((sum, times) => sum + median(times.without), 0);
  const floorMs = loads.reduce((sum, times) => sum + median(times.floor), 0);
  // The floor's own ratio run by run: how far it wanders tells a real gain from noise.
  const floorRatioByRun = Array.from({ length: RUNS }, (_, run) => {
    const sum = (side: 'floor' | 'without') =>
      loads.reduce((total, times) => total + (times[side][run] ?? 0), 0);
    return sum('floor') / sum('without');
  });
  const guides = pages
    .map((entry, index) => ({ file: entry.file, ms: median(loads[index]?.guide ?? []) }))
    .filter((_, index) => showsGuide[index]);
  return {
    pages: pages.length,
    runs: RUNS,
    ratio: withMs / withoutMs,
    floorRatio: floorMs / withoutMs,
    floorRatioRange: [Math.min(...floorRatioByRun), Math.max(...floorRatioByRun)],
    withExtensionMs: withMs,
    withoutExtensionMs: withoutMs,
    floorMs,
    guideVisibleMs: guides.length ? median(guides.map((entry) => entry.ms)) : null,
    guidePages: guides.length,
    slowestGuide: guides.length ? slowest(guides) : null,
  };
}
