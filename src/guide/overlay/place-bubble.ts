// Where the bubble goes, decided from rectangles alone (the target, the
// bubble's size, the window, and the boxes of what the step asks the filer to
// read or use), so that every case is a unit test. Floating UI does the
// geometry (sides, flipping at the window's edge, sliding inside it, the room
// left on each side); keepClear adds what it does not know: the protected
// boxes. The previous hand-written four placements knew neither.
import {
  computePosition,
  flip,
  offset,
  shift,
  size,
  type Middleware,
  type Placement as Side,
  type Platform,
} from '@floating-ui/core';

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Placement {
  readonly box: Box;
  /**
   * `beside` the target; `docked` at the window's edge farthest from it; `shrunk`:
   * nothing fits whole without covering what the step is about, so the bubble
   * is smaller than its content (which scrolls) and never covers the target.
   */
  readonly how: 'beside' | 'docked' | 'shrunk';
}

/** Beside the target first (a form reads left to right), then below, then above. */
const SIDES: readonly Side[] = ['right-start', 'left-start', 'bottom-start', 'top-start'];
export const GAP = 14;
/** The least room kept between the bubble and the window's edge. */
export const EDGE = 8;
/** The least room kept between the bubble and a protected box it slides past. */
export const CLEARANCE = 6;

const boxAt = (left: number, top: number, size: Size): Box => ({
  left,
  top,
  right: left + size.width,
  bottom: top + size.height,
});

const sizeOf = (box: Box): Size => ({ width: box.right - box.left, height: box.bottom - box.top });

/** The area two boxes share, in px². */
export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

const isInside = (box: Box, window: Size): boolean =>
  box.left >= 0 && box.top >= 0 && box.right <= window.width && box.bottom <= window.height;

const isClear = (box: Box, window: Size, avoid: readonly Box[]): boolean =>
  isInside(box, window) && avoid.every((other) => overlapArea(box, other) === 0);

/**
 * The box moved along one axis (`y`: up or down; `x`: left or right) to the
 * nearest place inside the window that clears every box of `avoid`; null when
 * there is none on that line.
 */
export function slideClear(
  box: Box,
  axis: 'x' | 'y',
  avoid: readonly Box[],
  window: Size,
): Box | null {
  const size = sizeOf(box);
  const vertical = axis === 'y';
  const start = vertical ? box.top : box.left;
  const extent = vertical ? size.height : size.width;
  const limit = (vertical ? window.height : window.width) - EDGE - extent;
  const candidates = [start, EDGE, limit];
  for (const other of avoid) {
    candidates.push(
      (vertical ? other.bottom : other.right) + CLEARANCE,
      (vertical ? other.top : other.left) - CLEARANCE - extent,
    );
  }
  const ordered = candidates
    .filter((at) => at >= EDGE && at <= limit)
    .sort((a, b) => Math.abs(a - start) - Math.abs(b - start));
  for (const at of ordered) {
    const moved = vertical ? boxAt(box.left, at, size) : boxAt(at, box.top, size);
    if (isClear(moved, window, avoid)) return moved;
  }
  return null;
}

const axisOf = (side: Side): 'x' | 'y' => (/^(left|right)/.test(side) ? 'y' : 'x');

/** Slides the box Floating UI chose along the target's side until it clears the protected boxes. */
function keepClear(avoid: readonly Box[], window: Size): Middleware {
  return {
    name: 'keepClear',
    fn: ({ x, y, placement, rects }) => {
      const clear = slideClear(boxAt(x, y, rects.floating), axisOf(placement), avoid, window);
      return clear ? { x: clear.left, y: clear.top, data: { clear } } : { data: { clear: null } };
    },
  };
}

// Floating UI's core over plain rectangles: no element is measured here (the
// overlay measures the page itself, protected boxes included), so the DOM
// platform of @floating-ui/dom, 3 KB gzipped, stays out of the overlay.
const NO_ELEMENT = {};
function platformOf(target: Box, bubble: Size, window: Size): Platform {
  const rect = { x: target.left, y: target.top, ...sizeOf(target) };
  return {
    getElementRects: () => ({ reference: rect, floating: { x: 0, y: 0, ...bubble } }),
    getClippingRect: () => ({ x: 0, y: 0, ...window }),
    getDimensions: () => bubble,
  };
}

interface SideResult {
  readonly side: Side;
  readonly clear: Box | null;
  /** The room Floating UI's size middleware found on that side. */
  readonly room: Size;
}

async function tryBeside(
  side: Side,
  target: Box,
  bubble: Size,
  window: Size,
  avoid: readonly Box[],
): Promise<SideResult> {
  let room: Size = { width: 0, height: 0 };
  const { placement, middlewareData } = await computePosition(NO_ELEMENT, NO_ELEMENT, {
    strategy: 'fixed',
    placement: side,
    platform: platformOf(target, bubble, window),
    middleware: [
      offset(GAP),
      flip({ padding: EDGE, crossAxis: false, fallbackStrategy: 'initialPlacement' }),
      shift({ padding: EDGE }),
      size({
        padding: EDGE,
        apply: ({ availableWidth, availableHeight }) => {
          room = { width: availableWidth, height: availableHeight };
        },
      }),
      keepClear(avoid, window),
    ],
  });
  const clear = (middlewareData.keepClear as { clear: Box | null } | undefined)?.clear ?? null;
  return { side: placement, clear, room };
}

/** The window's edges, farthest from the target first. */
function edgesFarthestFrom(target: Box, window: Size): ('left' | 'right' | 'top' | 'bottom')[] {
  const distance = {
    left: target.left,
    right: window.width - target.right,
    top: target.top,
    bottom: window.height - target.bottom,
  };
  return (Object.keys(distance) as (keyof typeof distance)[]).sort(
    (a, b) => distance[b] - distance[a],
  );
}

/** Against the window's edge farthest from the target that has a clear place; null when none has. */
export function dockedBox(
  target: Box,
  bubble: Size,
  window: Size,
  avoid: readonly Box[],
): Box | null {
  for (const edge of edgesFarthestFrom(target, window)) {
    const left =
      edge === 'left' ? EDGE : edge === 'right' ? window.width - EDGE - bubble.width : target.left;
    const top =
      edge === 'top' ? EDGE : edge === 'bottom' ? window.height - EDGE - bubble.height : target.top;
    const along = edge === 'left' || edge === 'right' ? 'y' : 'x';
    const clear = slideClear(boxAt(left, top, bubble), along, avoid, window);
    if (clear) return clear;
  }
  return null;
}

/** The last resort: the side with the most room, the bubble cut to that room; never over the target. */
function shrunkBox(target: Box, bubble: Size, window: Size, sides: readonly SideResult[]): Box {
  const fitted = sides.map(({ side, room }) => ({
    side: side.split('-')[0],
    size: {
      width: Math.max(0, Math.min(bubble.width, room.width)),
      height: Math.max(0, Math.min(bubble.height, room.height)),
    },
  }));
  const best = fitted.reduce((a, b) =>
    b.size.width * b.size.height > a.size.width * a.size.height ? b : a,
  );
  const { side, size: cut } = best;
  const clampTo = (value: number, extent: number, limit: number) =>
    Math.max(EDGE, Math.min(value, limit - EDGE - extent));
  if (side === 'right' || side === 'left') {
    const left = side === 'right' ? target.right + GAP : target.left - GAP - cut.width;
    return boxAt(left, clampTo(target.top, cut.height, window.height), cut);
  }
  const top = side === 'bottom' ? target.bottom + GAP : target.top - GAP - cut.height;
  return boxAt(clampTo(target.left, cut.width, window.width), top, cut);
}

/** The shortest a bubble is cut to before giving up on keeping clear of the protected boxes. */
const MIN_HEIGHT = 120;

/**
 * Where the bubble goes: beside the target on the first side where it fits in
 * the window and covers none of `avoid` (the target, what the step asks the
 * filer to read or use, the element being typed in), at its own size or in
 * one of the other `shapes` its text can take (narrower and taller, wider and
 * shorter); else docked at the window's edge farthest from the target; else
 * cut shorter, beside the target or docked; and when nothing is clear even
 * then, cut to the side with the most room, covering the target never.
 */
export async function placeBubble(
  target: Box,
  bubble: Size,
  window: Size,
  avoid: readonly Box[],
  shapes: readonly Size[] = [],
): Promise<Placement> {
  const all = [target, ...avoid];
  const tried: SideResult[] = [];
  const besideOrDocked = async (shape: Size, record = false): Promise<Placement | null> => {
    for (const side of SIDES) {
      const result = await tryBeside(side, target, shape, window, all);
      if (result.clear) return { box: result.clear, how: 'beside' };
      if (record) tried.push(result);
    }
    return null;
  };
  for (const [index, shape] of [bubble, ...shapes].entries()) {
    const beside = await besideOrDocked(shape, index === 0);
    if (beside) return beside;
  }
  for (const shape of [bubble, ...shapes]) {
    const docked = dockedBox(target, shape, window, all);
    if (docked) return { box: docked, how: 'docked' };
  }
  for (let height = bubble.height - 40; height >= MIN_HEIGHT; height -= 40) {
    const shape = { width: bubble.width, height };
    const cut = (await besideOrDocked(shape))?.box ?? dockedBox(target, shape, window, all);
    if (cut) return { box: cut, how: 'shrunk' };
  }
  return { box: shrunkBox(target, bubble, window, tried), how: 'shrunk' };
}
