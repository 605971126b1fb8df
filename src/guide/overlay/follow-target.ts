import { autoUpdate } from '@floating-ui/dom';
import type { Protect } from '../../flows/types';
import { placeBubble, type Box, type Size } from './place-bubble';
import { protectedElements, shownElement } from './protected-elements';

/**
 * How far the ring reaches outside the target: its 2 px line and a 1 px gap.
 * Kept this thin so that in CM/ECF's dense link lists it stays off the
 * neighbouring links.
 */
const RING_PADDING = 3;

function isOffScreen(box: Box, view: Window): boolean {
  return (
    box.bottom < 0 || box.top > view.innerHeight || box.right < 0 || box.left > view.innerWidth
  );
}

/** The window's inside, without its scroll bars (in quirks mode, the body reports it). */
function windowSize(document: Document, view: Window): Size {
  const root = document.scrollingElement ?? document.documentElement;
  return {
    width: root.clientWidth || view.innerWidth,
    height: root.clientHeight || view.innerHeight,
  };
}

/** Narrower and wider than its own width: what the bubble's text needs at each, measured. */
const OTHER_WIDTHS = [0.8, 0.65, 1.3, 1.6, 2, 2.4];
const MIN_WIDTH = 220;

function otherShapes(bubble: HTMLElement, natural: Size, window: Size): Size[] {
  const shapes: Size[] = [];
  for (const factor of OTHER_WIDTHS) {
    const width = Math.round(Math.min(natural.width * factor, window.width - 16));
    if (width < MIN_WIDTH || shapes.some((shape) => shape.width === width)) continue;
    bubble.style.width = `${width}px`;
    // A shape whose text scrolls inside is no shape at all.
    if (bubble.scrollHeight > bubble.clientHeight) continue;
    shapes.push({ width, height: bubble.getBoundingClientRect().height });
  }
  bubble.style.width = '';
  return shapes;
}

export interface FollowOptions {
  readonly reducedMotion: boolean;
  /** The page's focused element, which the bubble must not cover. */
  readonly focused: () => Element | null;
  /** What the step asks the filer to read or use besides the target (flows/protected-context.ts). */
  readonly protects: readonly Protect[];
}

export interface Following {
  /** Finds the protected elements and places the ring and bubble again: the page changed around the target. */
  readonly update: () => void;
  readonly stop: () => void;
}

/**
 * Keeps the ring on the target and the bubble clear of it and of what the
 * step is about, through scrolling (scroll areas inside the page too),
 * resizing, changes of size and layout shifts (Floating UI's autoUpdate), at
 * most once an animation frame. Layout changes elsewhere on the page reach it
 * as `update` calls from the guide, which re-renders on page changes.
 */
export function followTarget(
  element: Element,
  bubble: HTMLElement,
  ring: HTMLElement,
  options: FollowOptions,
): Following {
  const target = shownElement(element);
  const document = target.ownerDocument;
  const view = document.defaultView ?? window;
  const controller = new AbortController();
  let protectedList = protectedElements(document, element, options.protects);
  let frame = 0;
  /** Placing waits for Floating UI: only the latest one may move the bubble. */
  let latest = 0;
  /**
   * The other shapes of the bubble's text, measured once per text and window
   * width: measuring takes a layout of the page for each width tried (2 ms
   * each on a page of 200,000 elements), too much to repeat every frame.
   */
  let measuredShapes: { readonly key: string; readonly shapes: Size[] } | null = null;
  const shapesFor = (natural: Size, inside: Size): Size[] => {
    const key = `${natural.width}x${natural.height}@${inside.width}:${bubble.textContent ?? ''}`;
    if (measuredShapes?.key !== key) {
      measuredShapes = { key, shapes: otherShapes(bubble, natural, inside) };
    }
    return measuredShapes.shapes;
  };

  /**
   * What the last placement was made from, and the ring and bubble it left.
   * Floating UI asks again every second while the target is partly hidden, and
   * the page asks on each change; with nothing changed, placing again would
   * only write the same styles, and on a page of 200,000 elements each such
   * write costs a repaint of the whole page (60 ms in traces).
   */
  let placedFrom = '';
  const placing = (inputs: string) =>
    `${inputs}|${ring.style.cssText}|${bubble.style.cssText}|${bubble.className}`;

  const place = async () => {
    const run = ++latest;
    const rect = target.getBoundingClientRect();
    const boxesOf = (elements: readonly Element[]) =>
      elements
        .filter((other) => other !== target && other.isConnected)
        .map((other) => other.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0);
    const focused = options.focused();
    const typingIn =
      focused && focused !== element && !target.contains(focused) && !focused.contains(target)
        ? [focused]
        : [];
    const always = boxesOf([...protectedList.always, ...typingIn]);
    const ifRoom = boxesOf(protectedList.ifRoom);
    const inside = windowSize(document, view);
    const inputs = JSON.stringify([
      rect,
      inside,
      always,
      ifRoom,
      bubble.textContent,
      view.getComputedStyle(bubble).fontSize,
    ]);
    if (placing(inputs) === placedFrom) return;
    Object.assign(ring.style, {
      left: `${rect.left - RING_PADDING}px`,
      top: `${rect.top - RING_PADDING}px`,
      width: `${rect.width + 2 * RING_PADDING}px`,
      height: `${rect.height + 2 * RING_PADDING}px`,
    });
    // Measured at its own size, not at the size a last resort cut it to.
    Object.assign(bubble.style, { width: '', maxHeight: '' });
    const { width, height } = bubble.getBoundingClientRect();
    const natural = { width, height };
    let shapes: Size[] | null = null;
    const attempt = async (avoid: readonly Box[]) => {
      const first = await placeBubble(rect, natural, inside, avoid);
      if (first.how !== 'shrunk') return first;
      // Only when its own shape fits nowhere clear: the other shapes its text can take.
      shapes ??= shapesFor(natural, inside);
      return placeBubble(rect, natural, inside, avoid, shapes);
    };
    let placement = await attempt([...always, ...ifRoom]);
    // Text to read gives way before the bubble would scroll inside.
    if (placement.how === 'shrunk' && ifRoom.length > 0) placement = await attempt(always);
    if (run !== latest || controller.signal.aborted) return;
    const { box, how } = placement;
    bubble.classList.remove('docked');
    bubble.dataset.placement = how;
    Object.assign(bubble.style, { left: `${box.left}px`, top: `${box.top}px` });
    if (box.right - box.left !== natural.width) bubble.style.width = `${box.right - box.left}px`;
    if (how === 'shrunk') bubble.style.maxHeight = `${box.bottom - box.top}px`;
    placedFrom = placing(inputs);
  };

  const update = () => {
    if (frame || controller.signal.aborted) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      void place();
    });
  };

  if (isOffScreen(target.getBoundingClientRect(), view)) {
    target.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: options.reducedMotion ? 'auto' : 'smooth',
    });
  }
  const stopFollowing = autoUpdate(target, bubble, update);
  view.addEventListener('focusin', update, { signal: controller.signal, passive: true });
  return {
    update: () => {
      protectedList = protectedElements(document, element, options.protects);
      update();
    },
    stop: () => {
      controller.abort();
      stopFollowing();
      if (frame) view.cancelAnimationFrame(frame);
    },
  };
}
