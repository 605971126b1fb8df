// The placement decision alone: the target, the bubble's size, the window and
// the protected boxes in; the bubble's box out.
import {
  CLEARANCE,
  dockedBox,
  EDGE,
  GAP,
  overlapArea,
  placeBubble,
  slideClear,
  type Box,
} from '../../src/guide/overlay/place-bubble';

const WINDOW = { width: 1000, height: 800 };
const BUBBLE = { width: 300, height: 200 };
const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

const inside = (placed: Box, window = WINDOW) =>
  placed.left >= 0 &&
  placed.top >= 0 &&
  placed.right <= window.width &&
  placed.bottom <= window.height;
const covered = (placed: Box, protect: readonly Box[]) =>
  protect.reduce((sum, other) => sum + overlapArea(placed, other), 0);

describe('placing the bubble beside the target', () => {
  it('puts it to the right of the target, level with its top, when there is room', async () => {
    const target = box(100, 100, 200, 30);
    await expect(placeBubble(target, BUBBLE, WINDOW, [])).resolves.toEqual({
      box: box(300 + GAP, 100, 300, 200),
      how: 'beside',
    });
  });

  it('goes to the left when the right side has no room', async () => {
    const target = box(600, 100, 300, 30);
    const { box: placed } = await placeBubble(target, BUBBLE, WINDOW, []);
    expect(placed).toEqual(box(600 - GAP - 300, 100, 300, 200));
  });

  it('goes below a target as wide as the window, then above one at the bottom', async () => {
    const wide = box(0, 100, 1000, 30);
    expect((await placeBubble(wide, BUBBLE, WINDOW, [])).box).toEqual(
      box(EDGE, 130 + GAP, 300, 200),
    );
    const low = box(0, 700, 1000, 30);
    expect((await placeBubble(low, BUBBLE, WINDOW, [])).box).toEqual(
      box(EDGE, 700 - GAP - 200, 300, 200),
    );
  });

  it('slides along the side to stay inside the window', async () => {
    const nearBottom = box(100, 750, 100, 20);
    const { box: placed } = await placeBubble(nearBottom, BUBBLE, WINDOW, []);
    expect(placed.bottom).toBe(WINDOW.height - EDGE);
    expect(placed.left).toBe(200 + GAP);
  });

  it('never covers the element the filer is typing in', async () => {
    const target = box(100, 100, 200, 30);
    const focused = box(320, 100, 200, 30);
    const { box: placed } = await placeBubble(target, BUBBLE, WINDOW, [focused]);
    expect(covered(placed, [target, focused])).toBe(0);
    expect(inside(placed)).toBe(true);
  });
});

describe('keeping clear of what the step asks the filer to read or use', () => {
  it('slides past a label to the right of the target rather than covering it', async () => {
    // A check box with its long label beside it: the bubble goes below the label, still on the right.
    const checkbox = box(20, 300, 16, 16);
    const label = box(44, 296, 600, 24);
    const placed = await placeBubble(checkbox, BUBBLE, WINDOW, [label]);
    expect(covered(placed.box, [checkbox, label])).toBe(0);
    expect(placed.box.top).toBeGreaterThanOrEqual(label.bottom);
    expect(placed.box.left).toBe(checkbox.right + GAP);
    expect(placed.how).toBe('beside');
  });

  it('keeps the option labels, the table to check and Next uncovered', async () => {
    // registration-details at 1024×768: acknowledgement, contact table, delivery table, Next.
    const window = { width: 1024, height: 768 };
    const target = box(8, 520, 20, 20);
    const protect = [
      box(34, 516, 900, 40), // the acknowledgement's label, two lines
      box(8, 150, 420, 140), // contact table
      box(8, 330, 380, 90), // delivery method table
      box(60, 580, 50, 30), // Next
    ];
    const placed = await placeBubble(target, { width: 340, height: 330 }, window, protect);
    expect(covered(placed.box, [target, ...protect])).toBe(0);
    expect(inside(placed.box, window)).toBe(true);
  });

  it('docks at the window edge farthest from the target when no side is clear', async () => {
    const target = box(450, 380, 100, 40);
    // Protected text right of x = 330 and above and below a free stretch of the left edge.
    const protect = [box(330, 0, 670, 800), box(0, 0, 330, 300), box(0, 560, 330, 240)];
    const placed = await placeBubble(target, BUBBLE, WINDOW, protect);
    expect(placed.how).toBe('docked');
    expect(covered(placed.box, [target, ...protect])).toBe(0);
    expect(inside(placed.box)).toBe(true);
  });

  it('takes another shape its text can take (wider and shorter) before it docks or shrinks', async () => {
    // Room only in a short band across the bottom of the window.
    const target = box(20, 500, 60, 24);
    const protect = [box(0, 0, 1000, 490), box(90, 500, 910, 30)];
    const wide = { width: 700, height: 220 };
    const placed = await placeBubble(target, { width: 340, height: 420 }, WINDOW, protect, [wide]);
    expect(placed.how).toBe('beside');
    expect(placed.box.right - placed.box.left).toBe(700);
    expect(covered(placed.box, [target, ...protect])).toBe(0);
    expect(inside(placed.box)).toBe(true);
  });

  it('shrinks as a last resort, and then still never covers the target', async () => {
    const target = box(350, 300, 300, 200);
    const everywhere = [box(0, 0, 1000, 290), box(0, 510, 1000, 290)];
    const placed = await placeBubble(target, { width: 400, height: 700 }, WINDOW, everywhere);
    expect(placed.how).toBe('shrunk');
    expect(overlapArea(placed.box, target)).toBe(0);
    expect(inside(placed.box)).toBe(true);
  });
});

describe('the geometry underneath', () => {
  it('measures overlap in px², and boxes that only touch share none', () => {
    expect(overlapArea(box(0, 0, 10, 10), box(5, 5, 10, 10))).toBe(25);
    expect(overlapArea(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBe(0);
  });

  it('slides to the nearest clear place on the line, or says there is none', () => {
    const start = box(100, 100, 100, 100);
    expect(slideClear(start, 'y', [box(0, 150, 400, 10)], WINDOW)).toEqual(
      box(100, 150 - CLEARANCE - 100, 100, 100),
    );
    expect(slideClear(start, 'y', [box(0, 120, 400, 10)], WINDOW)).toEqual(
      box(100, 130 + CLEARANCE, 100, 100),
    );
    expect(slideClear(start, 'y', [box(0, 0, 400, 800)], WINDOW)).toBeNull();
  });

  it('docks at the farthest edge first', () => {
    // The target is near the top-left: the farthest edge is the right (1000 − 60) over the bottom.
    const docked = dockedBox(box(20, 20, 40, 20), BUBBLE, WINDOW, []);
    expect(docked?.right).toBe(WINDOW.width - EDGE);
  });
});
