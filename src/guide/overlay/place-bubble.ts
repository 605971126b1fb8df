// Where the bubble goes beside the ring, worked out from rectangles alone so
// that every case is a unit test. Four fixed placements, tried in order, are
// all the guide needs: a positioning library was 6 KB of the 15 KB budget.

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

export type Side = 'right' | 'left' | 'bottom' | 'top';

/** Beside the target first (a form reads left to right), then below, then above. */
const SIDES: readonly Side[] = ['right', 'left', 'bottom', 'top'];
export const GAP = 14;
/** The least room kept between the bubble and the window's edge. */
export const EDGE = 8;

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

/**
 * The bubble's box on one side of the target, aligned with its start and
 * slid along that side to stay inside the window.
 */
export function boxBeside(target: Box, bubble: Size, side: Side, window: Size): Box {
  const horizontal = side === 'right' || side === 'left';
  let left = horizontal
    ? side === 'right'
      ? target.right + GAP
      : target.left - GAP - bubble.width
    : target.left;
  let top = horizontal
    ? target.top
    : side === 'bottom'
      ? target.bottom + GAP
      : target.top - GAP - bubble.height;
  if (horizontal) top = clamp(top, EDGE, window.height - bubble.height - EDGE);
  else left = clamp(left, EDGE, window.width - bubble.width - EDGE);
  return { left, top, right: left + bubble.width, bottom: top + bubble.height };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function fitsIn(box: Box, window: Size): boolean {
  return box.left >= 0 && box.top >= 0 && box.right <= window.width && box.bottom <= window.height;
}

/**
 * The first side where the bubble fits in the window and covers none of
 * `avoid` (the target, and the element the filer is typing in); null when
 * there is none, and the bubble docks in a corner instead.
 */
export function placeBubble(
  target: Box,
  bubble: Size,
  window: Size,
  avoid: readonly Box[],
): Box | null {
  for (const side of SIDES) {
    const box = boxBeside(target, bubble, side, window);
    if (fitsIn(box, window) && !avoid.some((other) => overlaps(box, other))) return box;
  }
  return null;
}
