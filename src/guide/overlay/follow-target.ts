import { autoUpdate, computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';

const RING_PADDING = 4;
const GAP = 14;
const PLACEMENTS: readonly Placement[] = ['right-start', 'left-start', 'bottom-start', 'top-start'];

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function fitsIn(box: Box, view: Window): boolean {
  return (
    box.left >= 0 && box.top >= 0 && box.right <= view.innerWidth && box.bottom <= view.innerHeight
  );
}

/**
 * What to draw the ring around. Widget libraries (PrimeFaces on PACER) hide
 * the native check box or select in a visually hidden wrapper and draw their
 * own: ring the widget the filer sees.
 */
export function ringedElement(target: Element): Element {
  const widget = target.closest(
    '.ui-chkbox, .ui-radiobutton, .ui-selectonemenu, .ui-selectmanymenu',
  );
  if (widget) return widget;
  const hidden = target.closest('.ui-helper-hidden-accessible');
  return hidden?.parentElement ?? target;
}

function isOffScreen(box: Box, view: Window): boolean {
  return (
    box.bottom < 0 || box.top > view.innerHeight || box.right < 0 || box.left > view.innerWidth
  );
}

export interface FollowOptions {
  readonly reducedMotion: boolean;
  /** The page's focused element, which the bubble must not cover. */
  readonly focused: () => Element | null;
}

/**
 * Keeps the ring on the target and the bubble beside it through scrolling
 * (scroll areas inside the page too), resizing and layout changes, at most
 * once an animation frame. Returns the cleanup.
 */
export function followTarget(
  element: Element,
  bubble: HTMLElement,
  ring: HTMLElement,
  options: FollowOptions,
): () => void {
  const target = ringedElement(element);
  const view = target.ownerDocument.defaultView ?? window;
  let frame = 0;
  let stopped = false;

  const place = async () => {
    const rect = target.getBoundingClientRect();
    Object.assign(ring.style, {
      left: `${rect.left - RING_PADDING}px`,
      top: `${rect.top - RING_PADDING}px`,
      width: `${rect.width + 2 * RING_PADDING}px`,
      height: `${rect.height + 2 * RING_PADDING}px`,
    });
    const avoid: Box[] = [rect];
    const focused = options.focused();
    if (focused && focused !== element && !target.contains(focused) && !focused.contains(target))
      avoid.push(focused.getBoundingClientRect());
    const size = bubble.getBoundingClientRect();
    for (const placement of PLACEMENTS) {
      const { x, y } = await computePosition(target, bubble, {
        strategy: 'fixed',
        placement,
        middleware: [offset(GAP), flip({ fallbackPlacements: [] }), shift({ padding: 8 })],
      });
      if (stopped) return;
      const box = { left: x, top: y, right: x + size.width, bottom: y + size.height };
      if (fitsIn(box, view) && !avoid.some((other) => overlaps(box, other))) {
        bubble.classList.remove('docked');
        Object.assign(bubble.style, { left: `${x}px`, top: `${y}px`, right: '', bottom: '' });
        return;
      }
    }
    // Nowhere beside the target is free: dock in the corner rather than cover it.
    bubble.classList.add('docked');
    Object.assign(bubble.style, { left: '', top: '' });
  };

  const update = () => {
    if (frame || stopped) return;
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
  const stop = autoUpdate(target, bubble, update, { animationFrame: false });
  const onFocus = () => update();
  view.addEventListener('focusin', onFocus);
  return () => {
    stopped = true;
    stop();
    view.removeEventListener('focusin', onFocus);
    if (frame) view.cancelAnimationFrame(frame);
  };
}
