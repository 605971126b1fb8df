import { placeBubble, type Box } from './place-bubble';

const RING_PADDING = 4;

/**
 * What to draw the ring around. Widget libraries (PrimeFaces on PACER) hide
 * the native check box or select in a visually hidden wrapper and draw their
 * own: ring the widget the filer sees.
 */
function ringedElement(target: Element): Element {
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

export interface Following {
  /** Places the ring and bubble again on the next frame: the page changed around the target. */
  readonly update: () => void;
  readonly stop: () => void;
}

/**
 * Keeps the ring on the target and the bubble beside it through scrolling
 * (scroll areas inside the page too), resizing and changes of size, at most
 * once an animation frame. Layout changes elsewhere on the page reach it as
 * `update` calls from the guide, which re-renders on page changes.
 */
export function followTarget(
  element: Element,
  bubble: HTMLElement,
  ring: HTMLElement,
  options: FollowOptions,
): Following {
  const target = ringedElement(element);
  const view = target.ownerDocument.defaultView ?? window;
  let frame = 0;
  const controller = new AbortController();

  const place = () => {
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
    const windowSize = { width: view.innerWidth, height: view.innerHeight };
    const box = placeBubble(rect, bubble.getBoundingClientRect(), windowSize, avoid);
    if (box) {
      bubble.classList.remove('docked');
      Object.assign(bubble.style, { left: `${box.left}px`, top: `${box.top}px` });
    } else {
      // Nowhere beside the target is free: dock in the corner rather than cover it.
      bubble.classList.add('docked');
      Object.assign(bubble.style, { left: '', top: '' });
    }
  };

  const update = () => {
    if (frame || controller.signal.aborted) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };

  if (isOffScreen(target.getBoundingClientRect(), view)) {
    target.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: options.reducedMotion ? 'auto' : 'smooth',
    });
  }
  const listening = { signal: controller.signal, passive: true };
  // Scroll events do not bubble; captured at the window they come from every scroll area.
  view.addEventListener('scroll', update, { ...listening, capture: true });
  view.addEventListener('resize', update, listening);
  view.addEventListener('focusin', update, listening);
  const resized =
    typeof view.ResizeObserver === 'function' ? new view.ResizeObserver(update) : null;
  resized?.observe(target);
  resized?.observe(bubble);
  update();
  return {
    update,
    stop: () => {
      controller.abort();
      resized?.disconnect();
      if (frame) view.cancelAnimationFrame(frame);
    },
  };
}
