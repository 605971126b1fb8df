// Functions both browsers' tests run in the page (Chromium over CDP, Firefox
// over BiDi), given as they are: each must use nothing but its arguments.

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The centre of `element` when the guide's host is what a click there would hit, else null. */
export function guideCentreOver(element: Element, host: string): Point | null {
  const rect = element.getBoundingClientRect();
  const [x, y] = [rect.left + rect.width / 2, rect.top + rect.height / 2];
  return document.elementFromPoint(x, y)?.matches(host) ? { x, y } : null;
}

/** Which part of the guide (`data-part`) lies at `point`, run over its shadow root. */
export function guidePartAt(root: ShadowRoot, point: Point): string | null {
  return (
    root
      .elementsFromPoint(point.x, point.y)
      .find((node) => node.closest('[data-part]'))
      ?.closest('[data-part]')
      ?.getAttribute('data-part') ?? null
  );
}
