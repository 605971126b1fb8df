// Court pages far larger than the flows' (issue #15), loaded in Chromium with
// the extension: one with a single text node of 5 MB, one with 200,000 more
// elements. The extension's work runs in its content script's isolated world,
// which the page cannot observe, so each load is traced (CDP Tracing, as
// DevTools' Performance panel records it) and the renderer's main-thread tasks
// are read from the trace: the longest one that runs the extension's code
// (a call, a compile or an evaluation of a chrome-extension:// script) is the
// longest task the extension adds; the longest of any kind is the page's own
// (parsing and laying out megabytes).
import { readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { fixture } from '../../harness/browser/paths';
import { FIXTURES } from '../../harness/fixtures/expectations';
import type { BenchBrowsers } from './bench-browsers';
import {
  atBodyEnd,
  HUGE_TEXT_CHARS,
  hugeTextScript,
  manyElements,
  MANY_ELEMENTS,
} from './generate-huge-pages';
import {
  OWN_OVERLAY_FUNCTION,
  OWN_OVERLAY_SETTLE_MS,
  PAGE_OWN_OVERLAY_SCRIPT,
} from './page-own-overlay';
import { row, type Row } from './table';

/** No task of the extension's may hold the page longer than this (issue #15). */
export const HUGE_PAGE_TASK_BUDGET_MS = 50;

const RUNS = 3;
/** After the load event: the guide starts after it, once the browser is idle (src/content). */
const SETTLE_MS = 3_000;
const LOAD_TIMEOUT_MS = 120_000;

/** A step page (the guide rings and explains) and a docket report (the pill only). */
const BASE_FILES = [
  'authored/mnd-link-confirm-match.html',
  'real/nysd_nextgen16_pacer_only_menu_docket_rendered.html',
];
/** Where the guide draws its bubble, whose first frame the page's own box is compared with. */
const SHOWS_BUBBLE = new Set([BASE_FILES[0]]);
const HUGE_TEXT_ID = 'pacer-link-guide-bench-huge-text';
const KINDS: readonly { readonly name: string; readonly add: (html: string) => string }[] = [
  {
    name: `one text node of ${HUGE_TEXT_CHARS / 1e6} MB`,
    add: (html) =>
      atBodyEnd(
        html,
        `<p id="${HUGE_TEXT_ID}"></p><script>${hugeTextScript(HUGE_TEXT_ID, HUGE_TEXT_CHARS)}</script>`,
      ),
  },
  {
    name: `${MANY_ELEMENTS.toLocaleString('en-US')} more elements`,
    add: (html) => atBodyEnd(html, `<div>${manyElements(MANY_ELEMENTS)}</div>`),
  },
];

/** Only these are recorded: tasks, script calls and compiles, the timeline's own events. */
const CATEGORIES = [
  'toplevel',
  'v8',
  'v8.execute',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
];
/** Top-level task events, by the names Chromium has given them (Lighthouse's list). */
const TASK_NAMES = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'ThreadControllerImpl::DoWork',
  'TaskQueueManager::ProcessTaskFromWorkQueue',
]);
const EXTENSION_URL = /^chrome-extension:\/\//;

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: {
    readonly name?: string;
    readonly fileName?: string;
    readonly data?: {
      readonly url?: string;
      readonly functionName?: string;
      readonly stackTrace?: readonly { url?: string }[];
    };
    readonly beginData?: { readonly url?: string };
  };
}

export interface TaskFigures {
  /** The longest task that ran the extension's code, or null when the trace shows none. */
  readonly extensionMs: number | null;
  /**
   * What of ours that task held (`FunctionCall main.js`, `v8.compileModule
   * guide.js`, …), so that a reader can tell our own work from a long task of
   * the page's in which Chromium happened to run a moment of ours.
   */
  readonly extensionEvents: readonly string[];
  /** The longest task of any kind on the page's main thread. */
  readonly anyMs: number;
}

const threadKey = (event: TraceEvent): string => `${event.pid}:${event.tid}`;

function scriptUrls(event: TraceEvent): string[] {
  const { args } = event;
  return [
    args?.data?.url,
    args?.fileName,
    ...(args?.data?.stackTrace ?? []).map((frame) => frame.url),
  ].filter((url): url is string => typeof url === 'string');
}

/**
 * The page's main thread: the renderer main thread that parsed `pageUrl`
 * (every renderer main thread if the trace does not say).
 */
function pageThreads(events: readonly TraceEvent[], pageUrl: string): Set<string> {
  const main = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map(threadKey),
  );
  const parsing = new Set(
    events
      .filter((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === pageUrl)
      .map(threadKey)
      .filter((key) => main.has(key)),
  );
  return parsing.size > 0 ? parsing : main;
}

/** What of ours an event is, such as `FunctionCall guide.js`; null when it is not ours. */
type OursIn = (event: TraceEvent) => string | null;

/** The extension's: an event naming a chrome-extension:// script. */
const extensionEvent: OursIn = (event) => {
  const url = scriptUrls(event).find((candidate) => EXTENSION_URL.test(candidate));
  const file = url?.split('/').pop();
  return file ? `${event.name} ${file}` : null;
};

/**
 * The longest top-level tasks in a trace of one page load (see the top of
 * this file); `oursIn` says which events are ours (the extension's, unless
 * told otherwise).
 */
export function longestTasks(
  events: readonly TraceEvent[],
  pageUrl: string,
  oursIn: OursIn = extensionEvent,
): TaskFigures {
  const threads = pageThreads(events, pageUrl);
  const onPage = events.filter((event) => threads.has(threadKey(event)));
  const tasks = onPage
    .filter((event) => event.ph === 'X' && TASK_NAMES.has(event.name) && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const marks = onPage.flatMap((event) => {
    const what = oursIn(event);
    return what ? [{ key: threadKey(event), ts: event.ts, what }] : [];
  });
  let extensionMs: number | null = null;
  let extensionEvents: string[] = [];
  let anyMs = 0;
  let end = -Infinity;
  for (const task of tasks) {
    // Nested tasks (a nested run loop) are part of the one around them.
    if (task.ts < end) continue;
    end = task.ts + (task.dur ?? 0);
    const ms = (task.dur ?? 0) / 1000;
    anyMs = Math.max(anyMs, ms);
    const key = threadKey(task);
    const ours = marks.filter((mark) => mark.key === key && mark.ts >= task.ts && mark.ts <= end);
    if (ours.length > 0 && ms > (extensionMs ?? -1)) {
      extensionMs = ms;
      extensionEvents = [...new Set(ours.map((mark) => mark.what))];
    }
  }
  return { extensionMs, extensionEvents, anyMs };
}

export async function traceLoad(
  cdp: CDPSession,
  page: Page,
  url: string,
  settleMs = SETTLE_MS,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => {
    events.push(...(value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  try {
    const complete = new Promise<void>((resolve) => {
      cdp.once('Tracing.tracingComplete', () => resolve());
    });
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: CATEGORIES },
    });
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await page.waitForTimeout(settleMs);
    await cdp.send('Tracing.end');
    await complete;
  } finally {
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

export interface HugePageFigures {
  readonly page: string;
  readonly runs: number;
  /** The longest task the extension added over the runs, or null when no run's trace showed one. */
  readonly longestExtensionTaskMs: number | null;
  /** Each load's longest task of ours (null: none in its trace), to tell one outlier from a rule. */
  readonly extensionTaskMsByLoad: readonly (number | null)[];
  /** What of ours the longest of them held (TaskFigures.extensionEvents). */
  readonly longestExtensionTaskHeld: readonly string[];
  /** The longest task of any kind over the runs: the page's own parsing and layout, mostly. */
  readonly longestTaskMs: number;
  /** Whether the extension's longest task kept to HUGE_PAGE_TASK_BUDGET_MS (false when none was found). */
  readonly budgetMet: boolean;
  /**
   * The floor, without the extension: each load's longest task that held the
   * page's own script showing a box (page-own-overlay.ts); null where none was.
   */
  readonly ownOverlayTaskMsByLoad: readonly (number | null)[];
}

/** The page script's frame callback that shows its own box: the control's "ours". */
export const ownOverlayEvent = (event: TraceEvent): string | null =>
  event.args?.data?.functionName === OWN_OVERLAY_FUNCTION
    ? `${event.name} ${OWN_OVERLAY_FUNCTION}`
    : null;

/** `RUNS` traced loads of `url` in `context`, each in a tab of its own. */
async function traceRuns(
  context: BrowserContext,
  url: string,
  oursIn?: OursIn,
  settleMs?: number,
): Promise<TaskFigures[]> {
  const runs: TaskFigures[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const page = await context.newPage();
    try {
      const cdp = await context.newCDPSession(page);
      runs.push(longestTasks(await traceLoad(cdp, page, url, settleMs), url, oursIn));
      await cdp.detach();
    } finally {
      await page.close();
    }
  }
  return runs;
}

export async function measureHugePages(browsers: BenchBrowsers): Promise<HugePageFigures[]> {
  const figures: HugePageFigures[] = [];
  for (const file of BASE_FILES) {
    const entry = FIXTURES.find((candidate) => candidate.file === file);
    if (!entry) throw new Error(`${file} is not in the fixtures`);
    const html = readFileSync(fixture(file), 'utf8');
    for (const kind of KINDS) {
      const huge = kind.add(html);
      const remove = browsers.server.pageOf(entry.url, huge);
      let runs: TaskFigures[];
      try {
        runs = await traceRuns(browsers.extension.context, entry.url);
      } finally {
        remove();
      }
      // Only where the guide draws its bubble: a docket shows at most the pill.
      let own: TaskFigures[] = [];
      if (SHOWS_BUBBLE.has(file)) {
        const removeOwn = browsers.server.pageOf(
          entry.url,
          atBodyEnd(huge, PAGE_OWN_OVERLAY_SCRIPT),
        );
        try {
          own = await traceRuns(browsers.plain, entry.url, ownOverlayEvent, OWN_OVERLAY_SETTLE_MS);
        } finally {
          removeOwn();
        }
      }
      const longest = runs.reduce<TaskFigures | null>(
        (worst, run) =>
          run.extensionMs !== null && run.extensionMs > (worst?.extensionMs ?? -1) ? run : worst,
        null,
      );
      const longestExtensionTaskMs = longest?.extensionMs ?? null;
      figures.push({
        page: `${file} + ${kind.name}`,
        runs: RUNS,
        longestExtensionTaskMs,
        extensionTaskMsByLoad: runs.map((run) => run.extensionMs),
        longestExtensionTaskHeld: longest?.extensionEvents ?? [],
        longestTaskMs: Math.max(...runs.map((run) => run.anyMs)),
        budgetMet:
          longestExtensionTaskMs !== null && longestExtensionTaskMs <= HUGE_PAGE_TASK_BUDGET_MS,
        ownOverlayTaskMsByLoad: own.map((run) => run.extensionMs),
      });
    }
  }
  return figures;
}

/** Each load's figure, `12.3 / none / 45.6`. */
const perLoad = (byLoad: readonly (number | null)[]): string =>
  byLoad.map((ms) => (ms === null ? 'none' : ms.toFixed(1))).join(' / ');

/** The bench's rows for these pages: the extension's longest task against the budget, the page's own beside it. */
export function hugePageRows(figures: readonly HugePageFigures[]): Row[] {
  return figures.flatMap((figure) => {
    const added = figure.longestExtensionTaskMs;
    return [
      row(
        `Longest task the extension adds (${figure.runs} loads): ${figure.page}`,
        added === null ? 'none in the trace' : `${added.toFixed(1)} ms`,
        `≤ ${HUGE_PAGE_TASK_BUDGET_MS} ms`,
        figure.budgetMet,
      ),
      row(
        `  each load: ${perLoad(figure.extensionTaskMsByLoad)} ms; the longest held ${figure.longestExtensionTaskHeld.join(', ') || 'nothing of ours'}`,
        '',
      ),
      ...(figure.ownOverlayTaskMsByLoad.length > 0
        ? [
            row(
              `  floor: the page's own script showing a box (no extension), each load`,
              `${perLoad(figure.ownOverlayTaskMsByLoad)} ms`,
            ),
          ]
        : []),
      row(
        `  longest task of any kind (the page's own parsing and layout)`,
        `${figure.longestTaskMs.toFixed(1)} ms`,
      ),
    ];
  });
}
