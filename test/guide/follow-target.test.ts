// Placing the ring and bubble again writes nothing when nothing it depends on
// changed: on a page of 200,000 elements each write costs a repaint of the
// whole page, and Floating UI asks again every second while the target is
// partly hidden. Layout is faked: jsdom has none.
import { followTarget, type Following } from '../../src/guide/overlay/follow-target';

function placeAt(element: Element, box: { x: number; y: number; width: number; height: number }) {
  element.getBoundingClientRect = () => DOMRect.fromRect(box);
}

/** Two animation frames and the placement's promises after them. */
async function frames(): Promise<void> {
  for (let frame = 0; frame < 2; frame += 1)
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

let following: Following | undefined;
afterEach(() => {
  following?.stop();
  document.body.replaceChildren();
});

function setUp() {
  document.body.innerHTML = '<p id="before">Check the names</p><button id="target">Submit</button>';
  const target = document.getElementById('target') as HTMLElement;
  placeAt(target, { x: 100, y: 200, width: 80, height: 30 });
  const bubble = document.createElement('div');
  bubble.textContent = 'Press Submit to link the accounts.';
  placeAt(bubble, { x: 0, y: 0, width: 300, height: 120 });
  const ring = document.createElement('div');
  document.body.append(bubble, ring);
  following = followTarget(target, bubble, ring, {
    reducedMotion: true,
    focused: () => null,
    protects: [],
  });
  const writes: MutationRecord[] = [];
  const observer = new MutationObserver((records) => writes.push(...records));
  return { target, bubble, ring, writes, observer };
}

describe('followTarget', () => {
  it('places the ring around the target', async () => {
    const { ring } = setUp();
    await vi.waitFor(() => expect(ring.style.top).toBe('197px'));
    expect(ring.style.left).toBe('97px');
  });

  it('writes nothing to the ring or bubble when asked again with nothing changed', async () => {
    const { ring, bubble, writes, observer } = setUp();
    await vi.waitFor(() => expect(ring.style.top).toBe('197px'));
    await frames();
    observer.observe(ring, { attributes: true });
    observer.observe(bubble, { attributes: true });
    following?.update();
    await frames();
    following?.update();
    await frames();
    expect(writes).toEqual([]);
  });

  it('places again when the target moved', async () => {
    const { ring, target } = setUp();
    await vi.waitFor(() => expect(ring.style.top).toBe('197px'));
    placeAt(target, { x: 100, y: 400, width: 80, height: 30 });
    following?.update();
    await vi.waitFor(() => expect(ring.style.top).toBe('397px'));
  });

  it('places again when something else reset the bubble’s position', async () => {
    const { ring, bubble } = setUp();
    await vi.waitFor(() => expect(bubble.style.left).not.toBe(''));
    const left = bubble.style.left;
    bubble.style.left = '';
    following?.update();
    await vi.waitFor(() => expect(bubble.style.left).toBe(left));
    expect(ring.style.top).toBe('197px');
  });
});
