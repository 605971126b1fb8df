import { boxBeside, EDGE, GAP, placeBubble, type Box } from '../../src/guide/overlay/place-bubble';

const WINDOW = { width: 1000, height: 800 };
const BUBBLE = { width: 300, height: 200 };
const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('placing the bubble beside the target', () => {
  it('puts it to the right of the target, level with its top, when there is room', () => {
    const target = box(100, 100, 200, 30);
    expect(placeBubble(target, BUBBLE, WINDOW, [target])).toEqual(box(300 + GAP, 100, 300, 200));
  });

  it('goes to the left when the right side has no room', () => {
    const target = box(600, 100, 300, 30);
    expect(placeBubble(target, BUBBLE, WINDOW, [target])).toEqual(
      box(600 - GAP - 300, 100, 300, 200),
    );
  });

  it('goes below a target as wide as the window, then above one at the bottom', () => {
    const wide = box(0, 100, 1000, 30);
    expect(placeBubble(wide, BUBBLE, WINDOW, [wide])).toEqual(box(EDGE, 130 + GAP, 300, 200));
    const low = box(0, 700, 1000, 30);
    expect(placeBubble(low, BUBBLE, WINDOW, [low])).toEqual(box(EDGE, 700 - GAP - 200, 300, 200));
  });

  it('slides along the side to stay inside the window', () => {
    const nearBottom = box(100, 750, 100, 20);
    const placed = boxBeside(nearBottom, BUBBLE, 'right', WINDOW);
    expect(placed.bottom).toBe(WINDOW.height - EDGE);
    expect(placed.left).toBe(200 + GAP);
  });

  it('never covers the element the filer is typing in', () => {
    const target = box(100, 100, 200, 30);
    const focused = box(320, 100, 200, 30);
    const placed = placeBubble(target, BUBBLE, WINDOW, [target, focused]);
    expect(placed).toEqual(box(100, 130 + GAP, 300, 200));
  });

  it('gives up (the bubble docks) when no side is free', () => {
    const everywhere = box(0, 0, 1000, 800);
    expect(placeBubble(box(400, 300, 100, 30), BUBBLE, WINDOW, [everywhere])).toBeNull();
    expect(placeBubble(box(0, 0, 10, 10), { width: 2000, height: 50 }, WINDOW, [])).toBeNull();
  });
});
