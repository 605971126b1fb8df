// Scrolling a long page with the guide up. The guide runs in the content
// script's isolated world, which page script cannot reach, so its work is
// taken from the renderer itself: CDP Performance.getMetrics ScriptDuration
// across the same scripted scroll, with the extension minus without, divided
// by the frames drawn. Long tasks are counted by a PerformanceObserver.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { waitForGuide } from '../../harness/browser/guide';
import { fixture } from '../../harness/browser/paths';
import { FIXTURES } from '../../harness/fixtures/expectations';
import type { BenchBrowsers } from './bench-browsers';
import { median } from './statistics';

const PAGE_FILE = 'authored/mnd-link-form-table.html';
const PADDING_PARAGRAPHS = 4_000;
const WHEEL_STEPS = 120;
const RUNS = 5;

interface ScrollRun {
  readonly scriptMs: number;
  readonly frames: number;
  readonly longTasks: number;
  readonly longestTaskMs: number;
}

interface ScrollCounters {
  frames: number;
  longTasks: number[];
}

function startCounting(): void {
  const counters: ScrollCounters = { frames: 0, longTasks: [] };
  (window as unknown as { __pacerLinkGuideScroll: ScrollCounters }).__pacerLinkGuideScroll =
    counters;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) counters.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  const frame = () => {
    counters.frames += 1;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function scriptSeconds(page: Page, context: BrowserContext): Promise<() => Promise<number>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
  };
}

async function scrollOnce(
  context: BrowserContext,
  url: string,
  withGuide: boolean,
): Promise<ScrollRun> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    if (withGuide) {
      await waitForGuide(
        page,
        'show a bubble or a pill',
        (guide) => (guide.hint ?? guide.pill) !== null,
      );
    }
    await page.waitForTimeout(300);
    const script = await scriptSeconds(page, context);
    await page.evaluate(startCounting);
    await page.mouse.move(400, 400);
    const before = await script();
    for (let step = 0; step < WHEEL_STEPS; step += 1) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(300);
    const after = await script();
    const counters = await page.evaluate(
      () =>
        (window as unknown as { __pacerLinkGuideScroll: ScrollCounters }).__pacerLinkGuideScroll,
    );
    return {
      scriptMs: (after - before) * 1000,
      frames: counters.frames,
      longTasks: counters.longTasks.length,
      longestTaskMs: Math.max(0, ...counters.longTasks),
    };
  } finally {
    await page.close();
  }
}

export interface ScrollFigures {
  readonly page: string;
  readonly runs: number;
  readonly frames: number;
  /** Script time per frame with the extension minus without it. */
  readonly guideMsPerFrame: number;
  readonly longTasks: number;
  readonly longestTaskMs: number;
  /** The same scroll in the browser without the extension: long tasks not of the guide's making. */
  readonly longTasksWithout: number;
  readonly longestTaskWithoutMs: number;
}

export async function measureScroll(browsers: BenchBrowsers): Promise<ScrollFigures> {
  const entry = FIXTURES.find((candidate) => candidate.file === PAGE_FILE);
  if (!entry) throw new Error(`${PAGE_FILE} is not in the fixtures`);
  const padding = Array.from(
    { length: PADDING_PARAGRAPHS },
    (_, index) => `<p>Padding line ${index + 1}: the page goes on below the form.</p>`,
  ).join('\n');
  const html = readFileSync(fixture(PAGE_FILE), 'utf8');
  const padded = /<\/body>/i.test(html)
    ? html.replace(/<\/body>/i, `${padding}</body>`)
    : `${html}${padding}`;
  const remove = browsers.server.pageOf(entry.url, padded);
  const withGuide: ScrollRun[] = [];
  const without: ScrollRun[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    without.push(await scrollOnce(browsers.plain, entry.url, false));
    withGuide.push(await scrollOnce(browsers.extension.context, entry.url, true));
  }
  remove();
  const perFrame = (runs: ScrollRun[]) => median(runs.map((run) => run.scriptMs / run.frames));
  return {
    page: `${PAGE_FILE} + ${PADDING_PARAGRAPHS} paragraphs`,
    runs: RUNS,
    frames: median(withGuide.map((run) => run.frames)),
    guideMsPerFrame: Math.max(0, perFrame(withGuide) - perFrame(without)),
    longTasks: withGuide.reduce((sum, run) => sum + run.longTasks, 0),
    longestTaskMs: Math.max(...withGuide.map((run) => run.longestTaskMs)),
    longTasksWithout: without.reduce((sum, run) => sum + run.longTasks, 0),
    longestTaskWithoutMs: Math.max(...without.map((run) => run.longestTaskMs)),
  };
}
