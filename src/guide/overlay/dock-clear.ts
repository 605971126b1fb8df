// A bubble with nothing to ring (names that differ, no step target) docks at
// a window edge; this keeps that place clear of what the step asks the filer
// to read, such as the two names, instead of always the bottom-right corner.
import type { Protect } from '../../flows/types';
import { EDGE, overlapArea, type Box, type Size } from './place-bubble';
import { protectedElements } from './protected-elements';

function unionOf(boxes: readonly Box[], window: Size): Box {
  if (boxes.length === 0) return { left: 0, top: 0, right: window.width, bottom: window.height };
  return {
    left: Math.min(...boxes.map((box) => box.left)),
    top: Math.min(...boxes.map((box) => box.top)),
    right: Math.max(...boxes.map((box) => box.right)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
  };
}

/** The style's width, then wider, for a bubble whose text scrolls inside. */
const WIDTHS = [1, 1.5, 2, 2.5];

/**
 * The bubble against each corner and edge of the window, farthest from the
 * protected elements first; the first that covers none of `avoid`.
 */
function dockedClear(around: Box, bubble: Size, window: Size, avoid: readonly Box[]): Box | null {
  const lefts = [EDGE, (window.width - bubble.width) / 2, window.width - EDGE - bubble.width];
  const tops = [EDGE, (window.height - bubble.height) / 2, window.height - EDGE - bubble.height];
  const centre = { x: (around.left + around.right) / 2, y: (around.top + around.bottom) / 2 };
  const boxes = lefts
    .flatMap((left) => tops.map((top) => ({ left, top })))
    .filter(({ left, top }) => left >= 0 && top >= 0)
    .map(({ left, top }) => ({
      left,
      top,
      right: left + bubble.width,
      bottom: top + bubble.height,
    }));
  const distance = (box: Box) =>
    Math.hypot((box.left + box.right) / 2 - centre.x, (box.top + box.bottom) / 2 - centre.y);
  boxes.sort((a, b) => distance(b) - distance(a));
  return boxes.find((box) => avoid.every((other) => overlapArea(box, other) === 0)) ?? null;
}

interface Dock {
  readonly box: Box;
  readonly width: number | null;
}

/**
 * With nothing to ring, the bubble says the most (names, the help desk). Tried
 * at the style's width and wider: clear of everything and showing all its
 * text; else clear of what must stay in sight (`always`) and whole; else
 * scrolling inside, clear of everything, then of `always`. Covering `always`
 * never: null when no place is clear of it.
 */
function clearDock(
  bubble: HTMLElement,
  window: Size,
  always: readonly Box[],
  ifRoom: readonly Box[],
): Dock | null {
  bubble.style.removeProperty('width');
  const natural = bubble.getBoundingClientRect().width;
  const everything = [...always, ...ifRoom];
  const around = unionOf(always.length > 0 ? always : everything, window);
  const tried: { width: number | null; size: Size; whole: boolean }[] = [];
  for (const factor of WIDTHS) {
    const width =
      factor === 1 ? null : Math.min(Math.round(natural * factor), window.width - 2 * EDGE);
    if (width !== null) bubble.style.setProperty('width', `${width}px`);
    const { width: w, height } = bubble.getBoundingClientRect();
    const whole = bubble.scrollHeight <= bubble.clientHeight;
    tried.push({ width, size: { width: w, height }, whole });
    if (whole || width === window.width - 2 * EDGE) break;
  }
  const attempts: [boolean, readonly Box[]][] = [
    [true, everything],
    [true, always],
    [false, everything],
    [false, always],
  ];
  for (const [wantWhole, avoid] of attempts) {
    for (const { width, size, whole } of tried) {
      if (wantWhole && !whole) continue;
      const box = dockedClear(around, size, window, avoid);
      if (box) return { box, width };
    }
  }
  return null;
}

/**
 * Docks `bubble` at the window edge farthest from the protected elements where
 * it covers none of them; leaves the style's corner when no edge is clear.
 * Returns the function that stops following scroll and resize.
 */
export function dockClear(bubble: HTMLElement, protects: readonly Protect[]): () => void {
  const document = bubble.ownerDocument;
  const view = document.defaultView;
  if (!view) return () => undefined;
  const place = () => {
    const { always, ifRoom } = protectedElements(document, null, protects);
    const boxOf = (element: Element): Box => element.getBoundingClientRect();
    const found = clearDock(
      bubble,
      { width: view.innerWidth, height: view.innerHeight },
      always.map(boxOf),
      ifRoom.map(boxOf),
    );
    if (!found) {
      for (const property of ['left', 'top', 'right', 'bottom', 'width'])
        bubble.style.removeProperty(property);
      return;
    }
    const { box, width } = found;
    if (width === null) bubble.style.removeProperty('width');
    else bubble.style.setProperty('width', `${width}px`);
    bubble.style.setProperty('left', `${box.left}px`);
    bubble.style.setProperty('top', `${box.top}px`);
    bubble.style.setProperty('right', 'auto');
    bubble.style.setProperty('bottom', 'auto');
  };
  place();
  const controller = new AbortController();
  for (const event of ['scroll', 'resize'])
    view.addEventListener(event, place, {
      passive: true,
      capture: true,
      signal: controller.signal,
    });
  return () => {
    controller.abort();
    for (const property of ['left', 'top', 'right', 'bottom'])
      bubble.style.removeProperty(property);
  };
}
