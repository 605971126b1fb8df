// Walking a flow page by page as a filer does: on each page the guide must
// show the expected step with its ring around the expected element; then the
// filer clicks (or types) and the next page comes. Problems are collected
// rather than thrown, so that one wrong step does not hide the others; the
// walk stops only when it cannot go on.
import type { Locator, Page } from 'playwright-core';
import { guideViolations } from './accessibility';
import {
  expectNoRing,
  expectRingAround,
  waitForStep,
  type GuideState,
} from '../../../harness/browser/guide';
import type { StepScreenshots } from './screenshots';
import { HOST_SELECTOR, inGuideShadow } from '../../../harness/browser/guide-shadow';
import { guideCentreOver, guidePartAt } from './guide-points';

export interface Stop {
  /** The step the guide must show (its `data-step`). */
  readonly step: string;
  /** The court it must show (`data-court`), when it names one. */
  readonly court?: string;
  /** The element the ring must be around; null when the guide must ring nothing. */
  readonly target: ((page: Page) => Locator) | null;
  /** The element in words, for failure messages. */
  readonly what?: string;
  /** More checks of what the guide shows; throw to report a problem. */
  readonly check?: (guide: GuideState, page: Page) => Promise<void> | void;
  /**
   * The control the filer uses to go on, and the URL it leads to. The guide
   * must leave it uncovered; if it does not, the walk records the problem and
   * goes on from the keyboard, as a filer could.
   */
  readonly next?: {
    /** The target when not given (`next: {}`: click what the ring is around). */
    readonly control?: (page: Page) => Locator;
    /** Where it leads; none for a change in place or a form posted to the same URL. */
    readonly to?: string | RegExp;
  };
  /** What the filer does to go on when it is not one click; a failure here ends the walk. */
  readonly go?: (page: Page) => Promise<void>;
  /** The screenshot's name, when it is not the step's. */
  readonly name?: string;
}

export interface WalkReport {
  /** The name of each stop reached, in order. */
  readonly reached: string[];
  readonly problems: string[];
  /** Serious and critical axe findings over the guide, by stop. */
  readonly accessibility: Map<string, string[]>;
}

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** The steps where axe found serious or critical violations in the guide, with them. */
export function accessibilityFindings(report: WalkReport): Record<string, string[]> {
  return Object.fromEntries(
    [...report.accessibility].filter(([, violations]) => violations.length > 0),
  );
}

export async function walk(
  page: Page,
  stops: readonly Stop[],
  screenshots: StepScreenshots,
): Promise<WalkReport> {
  const report: WalkReport = { reached: [], problems: [], accessibility: new Map() };
  for (const stop of stops) {
    const name = stop.name ?? stop.step;
    let guide: GuideState | null = null;
    try {
      guide = await waitForStep(page, stop.step, stop.court);
    } catch (error) {
      report.problems.push(`${name}: ${message(error)}`);
    }
    try {
      if (stop.target) await expectRingAround(page, stop.target(page), stop.what ?? 'the target');
      else await expectNoRing(page);
    } catch (error) {
      report.problems.push(`${name}: ${message(error)}`);
    }
    if (guide && stop.check) {
      try {
        await stop.check(guide, page);
      } catch (error) {
        report.problems.push(`${name}: ${message(error)}`);
      }
    }
    try {
      await expectBubbleOnScreen(page);
    } catch (error) {
      report.problems.push(`${name}: ${message(error)}`);
    }
    try {
      report.accessibility.set(name, await guideViolations(page));
    } catch (error) {
      report.accessibility.set(name, [`axe could not run: ${message(error)}`]);
    }
    await screenshots.take(page, name);
    report.reached.push(name);
    try {
      if (stop.next) {
        const control = (stop.next.control ?? stop.target)?.(page);
        if (!control) throw new Error('no control to go on with: no next.control, no target');
        const cover = await coveredBy(control);
        if (cover) {
          report.problems.push(
            `${name}: the guide (${cover}) covers the control to go on with, ${String(control)}`,
          );
          await control.press('Enter');
        } else {
          await control.click();
        }
        if (stop.next.to) await waitForUrl(page, stop.next.to);
      }
      if (stop.go) await stop.go(page);
    } catch (error) {
      report.problems.push(`${name}: could not go on: ${message(error)}`);
      break;
    }
  }
  return report;
}

async function waitForUrl(page: Page, next: string | RegExp): Promise<void> {
  await page.waitForURL(typeof next === 'string' ? (url) => url.href.includes(next) : next, {
    timeout: 10_000,
  });
}

/** What of the guide covers the control's centre, or null when a click there reaches it. */
async function coveredBy(control: Locator): Promise<string | null> {
  await control.scrollIntoViewIfNeeded();
  const centre = await control.evaluate(guideCentreOver, HOST_SELECTOR);
  if (!centre) return null;
  const part = await inGuideShadow(control.page(), guidePartAt, centre);
  return `its ${part ?? 'layer'}`;
}

/** The bubble, when there is one, lies wholly inside the window. */
async function expectBubbleOnScreen(page: Page): Promise<void> {
  const measure = () =>
    inGuideShadow(page, (root) => {
      const bubble = root.querySelector('[data-part="hint"]');
      if (!bubble) return null;
      const { left, top, right, bottom } = bubble.getBoundingClientRect();
      return { left, top, right, bottom, width: window.innerWidth, height: window.innerHeight };
    }).then((box) => box ?? null);
  const outside = (box: Awaited<ReturnType<typeof measure>>) =>
    box !== null &&
    (box.left < -0.5 ||
      box.top < -0.5 ||
      box.right > box.width + 0.5 ||
      box.bottom > box.height + 0.5);
  // It moves once an animation frame: give it a moment to settle.
  let found = await measure();
  for (let tries = 0; tries < 10 && outside(found); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    found = await measure();
  }
  if (!found || !outside(found)) return;
  const { left, top, right, bottom, width, height } = found;
  throw new Error(
    `The bubble is partly off screen: ${JSON.stringify({ left, top, right, bottom })} ` +
      `in a ${width}×${height} window`,
  );
}

/** Fails unless the guide's bubble says `text`. */
export function expectHint(guide: GuideState, text: string | RegExp): void {
  const hint = guide.hint ?? '';
  const found = typeof text === 'string' ? hint.includes(text) : text.test(hint);
  if (!found)
    throw new Error(
      `Expected the bubble to say ${String(text)}; it says: ${hint || '(no bubble)'}`,
    );
}
