// Reading the guide from outside the project, as issue 3 promises it can be
// read: the host element's data-court/-flow/-step, and in its closed shadow
// root (reached over CDP, see guide-shadow.ts) the ring
// ([data-part="highlight"]) and the bubble ([data-part="hint"]).
import type { Locator, Page } from 'playwright-core';
import { inGuideShadow } from './guide-shadow';

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface GuideState {
  readonly court: string;
  readonly flow: string;
  readonly step: string;
  readonly ring: Box | null;
  /** The bubble's text, or null when there is no bubble. */
  readonly hint: string | null;
  /** The collapsed pill's text, or null. */
  readonly pill: string | null;
  /** The step marked current in the checklist of an off-flow page, or null. */
  readonly checklistCurrent: string | null;
}

/** The guide as it is now, or null when the page has none. */
export async function readGuide(page: Page): Promise<GuideState | null> {
  // A page being replaced by the next one answers nothing.
  return inGuideShadow(page, readGuideShadow).catch(() => null);
}

// Runs in the test's world in the page, given the guide's closed root.
function readGuideShadow(root: ShadowRoot): GuideState | null {
  const host = root.host;
  if (!(host instanceof HTMLElement)) return null;
  const ring = root?.querySelector('[data-part="highlight"]')?.getBoundingClientRect();
  const current = root?.querySelector('[aria-current="step"]');
  return {
    court: host.dataset.court ?? '',
    flow: host.dataset.flow ?? '',
    step: host.dataset.step ?? '',
    ring: ring ? { left: ring.left, top: ring.top, right: ring.right, bottom: ring.bottom } : null,
    hint: root?.querySelector('[data-part="hint"]')?.textContent ?? null,
    // The pill's own words: its first button (the second, "I don't e-file here", is read apart).
    pill: root?.querySelector('[data-part="pill"] [data-action="expand"]')?.textContent ?? null,
    checklistCurrent: current?.getAttribute('data-step') ?? null,
  };
}

async function poll<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeout: number,
): Promise<{ value: T; ok: boolean }> {
  const until = Date.now() + timeout;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return { value, ok: done(value) };
}

/** Waits until the guide shows `step` (and `court`, when given) and returns what it shows. */
export async function waitForStep(
  page: Page,
  step: string,
  court?: string,
  timeout = 10_000,
): Promise<GuideState> {
  const { value, ok } = await poll(
    () => readGuide(page),
    (guide) => guide?.step === step && (court === undefined || guide.court === court),
    timeout,
  );
  if (!ok || !value) {
    throw new Error(
      `Expected the guide on ${page.url()} to show step "${step}"${court ? ` of ${court}` : ''}, ` +
        `but it shows ${JSON.stringify(value && { court: value.court, flow: value.flow, step: value.step })}`,
    );
  }
  return value;
}

/** Waits for the guide to satisfy `condition`, failing with what it shows instead. */
export async function waitForGuide(
  page: Page,
  what: string,
  condition: (guide: GuideState) => boolean,
  timeout = 10_000,
): Promise<GuideState> {
  const { value, ok } = await poll(
    () => readGuide(page),
    (guide) => guide !== null && condition(guide),
    timeout,
  );
  if (!ok || !value) {
    throw new Error(
      `Expected the guide on ${page.url()} to ${what}; it shows ${JSON.stringify(value)}`,
    );
  }
  return value;
}

// The ring reaches 3 px outside the target and paints nothing beyond its own box (issue 14).
const RING_PADDING = 3;
const TOLERANCE = 1.5;

interface RingMeasure {
  readonly ring: Box | null;
  readonly target: Box;
  readonly viewport: { readonly width: number; readonly height: number };
  /** What a click at the target's centre would hit: the target, or what covers it. */
  readonly atCentre: string;
}

/** The ring's box, or null when the guide shows none. */
function ringBox(page: Page): Promise<Box | null> {
  return inGuideShadow(page, (root) => {
    const rect = root.querySelector('[data-part="highlight"]')?.getBoundingClientRect();
    return rect ? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } : null;
  }).then((box) => box ?? null);
}

/** Where the target is, and what a click at its centre would reach. */
function measureTarget(target: Locator): Promise<Omit<RingMeasure, 'ring'>> {
  return target.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    const name = (node: Element | null) =>
      node === null
        ? 'nothing'
        : `<${node.tagName.toLowerCase()}${node.id ? ` id="${node.id}"` : ''}>`;
    return {
      target: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      viewport: { width: window.innerWidth, height: window.innerHeight },
      atCentre:
        hit && (hit === element || element.contains(hit) || hit.contains(element))
          ? 'target'
          : name(hit),
    };
  });
}

const offset = (ring: Box, target: Box): number =>
  Math.max(
    Math.abs(ring.left - (target.left - RING_PADDING)),
    Math.abs(ring.top - (target.top - RING_PADDING)),
    Math.abs(ring.right - (target.right + RING_PADDING)),
    Math.abs(ring.bottom - (target.bottom + RING_PADDING)),
  );

/**
 * The ring must sit around `target` (its box grown by the guide's 3 px
 * padding), on screen, and the bubble must leave the target uncovered. Waits
 * for the ring to settle (it follows the target once per animation frame).
 */
export async function expectRingAround(page: Page, target: Locator, what: string): Promise<void> {
  await target.waitFor({ state: 'attached', timeout: 5_000 });
  const measure = async (): Promise<RingMeasure> => ({
    ring: await ringBox(page),
    ...(await measureTarget(target)),
  });
  let previous: RingMeasure | null = null;
  let last = await measure();
  const until = Date.now() + 5_000;
  const settled = (now: RingMeasure, before: RingMeasure | null) =>
    now.ring !== null &&
    before?.ring != null &&
    offset(now.ring, now.target) <= TOLERANCE &&
    offset(before.ring, before.target) <= TOLERANCE;
  while (!settled(last, previous) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 60));
    previous = last;
    last = await measure();
  }
  const { ring, target: box, viewport, atCentre } = last;
  const where = `on ${page.url()}`;
  if (!ring) throw new Error(`No ring ${where}; expected one around ${what}`);
  if (offset(ring, box) > TOLERANCE) {
    throw new Error(
      `The ring ${where} is not around ${what}: ring ${JSON.stringify(ring)}, ` +
        `${what} ${JSON.stringify(box)} (expected the ring ${RING_PADDING}px outside it)`,
    );
  }
  if (box.bottom < 0 || box.top > viewport.height || box.right < 0 || box.left > viewport.width) {
    throw new Error(`${what} ${where} is off screen: ${JSON.stringify(box)}`);
  }
  if (atCentre !== 'target') {
    throw new Error(`${what} ${where} is covered by ${atCentre} at its centre`);
  }
}

/** The guide shows no ring (a step with nothing to click, or a target it must not ring). */
export async function expectNoRing(page: Page): Promise<void> {
  const guide = await readGuide(page);
  if (guide?.ring) {
    throw new Error(
      `Expected no ring on ${page.url()}, found one at ${JSON.stringify(guide.ring)}`,
    );
  }
}
