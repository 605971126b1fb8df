// The popup's first render with every court tracked: statuses for all 188
// courts written through the service worker, then the popup opened afresh
// and timed from its navigation start to the first frame that shows its
// rows: the first FIRST_FRAME_ROWS (the popup shows fewer at once; the rest
// are drawn after that frame), and also to the frame with all of them.
import { COURTS } from '../../src/flows/court-registry';
import { FIRST_FRAME_ROWS } from '../../src/popup/first-frame-rows';
import type { CourtStatus } from '../../src/progress/court-status';
import type { ExtensionBrowser } from '../../harness/browser/extension-browser';
import type { BenchBrowsers } from './bench-browsers';
import { FLOOR_PAGE } from './floor-extension';
import { median } from './statistics';

const RUNS = 10;

/** A spread of statuses, each in the shape storage validates. */
function statusFor(index: number, at: number): CourtStatus {
  switch (index % 4) {
    case 0:
      return { status: 'not-started', at };
    case 1:
      return {
        status: 'in-progress',
        at,
        flow: 'court-link',
        step: 'utilities',
        source: { kind: 'detected', step: 'utilities', evidence: 'step-seen' },
      };
    case 2:
      return {
        status: 'requested',
        at,
        source: { kind: 'detected', step: 'request-submitted', evidence: 'request-submitted' },
      };
    default:
      return {
        status: 'linked',
        at,
        source: { kind: 'detected', step: 'link-done', evidence: 'link-done' },
      };
  }
}

interface PopupTimes {
  /** The first rows in the DOM, and the frame after. */
  firstRows: number | null;
  firstFrame: number | null;
  /** Every row in the DOM, and the frame after. */
  rows: number | null;
  frame: number | null;
}

function watchRows({ first, expected }: { first: number; expected: number }): void {
  const times: PopupTimes = { firstRows: null, firstFrame: null, rows: null, frame: null };
  (window as unknown as { __pacerLinkGuidePopup: PopupTimes }).__pacerLinkGuidePopup = times;
  const observer = new MutationObserver(() => {
    const courts = new Set(
      [...document.querySelectorAll('[data-court]')].map((row) => row.getAttribute('data-court')),
    );
    if (times.firstRows === null && courts.size >= first) {
      times.firstRows = performance.now();
      requestAnimationFrame(() => {
        times.firstFrame = performance.now();
      });
    }
    if (courts.size < expected) return;
    times.rows = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      times.frame = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

export interface PopupFigures {
  readonly courts: number;
  readonly runs: number;
  /** Navigation start to all rows in the DOM. */
  readonly rowsMs: number;
  /** Navigation start to the first frame with the first rows: what the filer first sees. */
  readonly firstRenderMs: number;
  /** Navigation start to the first frame with every row. */
  readonly allRowsMs: number;
  /** The same for the floor build's bare page of 188 rows: Chromium's own cost of an extension page. */
  readonly floorFirstRenderMs: number;
}

async function timeRows(browser: ExtensionBrowser, url: string): Promise<PopupTimes> {
  const popup = await browser.newPage();
  try {
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.addInitScript(watchRows, {
      first: Math.min(FIRST_FRAME_ROWS, COURTS.length),
      expected: COURTS.length,
    });
    await popup.goto(url);
    await popup.waitForFunction(
      () =>
        (window as unknown as { __pacerLinkGuidePopup?: PopupTimes }).__pacerLinkGuidePopup
          ?.frame != null,
      undefined,
      { timeout: 10_000 },
    );
    return await popup.evaluate(
      () => (window as unknown as { __pacerLinkGuidePopup: PopupTimes }).__pacerLinkGuidePopup,
    );
  } finally {
    await popup.close();
  }
}

export async function measurePopup(browsers: BenchBrowsers): Promise<PopupFigures> {
  const at = Date.now();
  const statuses = Object.fromEntries(
    COURTS.map((court, index) => [court.id, statusFor(index, at)]),
  );
  await browsers.extension.storeLocal({ version: 1, statuses });
  const rows: number[] = [];
  const firstFrames: number[] = [];
  const frames: number[] = [];
  const floorFrames: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const times = await timeRows(browsers.extension, browsers.extension.popupUrl);
    rows.push(times.rows ?? Number.NaN);
    firstFrames.push(times.firstFrame ?? Number.NaN);
    frames.push(times.frame ?? Number.NaN);
    const floor = await timeRows(browsers.floor, `${browsers.floor.origin}/${FLOOR_PAGE}`);
    floorFrames.push(floor.frame ?? Number.NaN);
  }
  return {
    courts: COURTS.length,
    runs: RUNS,
    rowsMs: median(rows),
    firstRenderMs: median(firstFrames),
    allRowsMs: median(frames),
    floorFirstRenderMs: median(floorFrames),
  };
}
