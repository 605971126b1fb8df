// The popup's first frame draws FIRST_FRAME_ROWS rows of "My courts" and the
// rest once it is painted: with 188 courts tracked, drawing them all held the
// first frame back (npm run bench). Rendered with Preact itself rather than
// the testing library, whose act() would run the effect before a look at the
// first frame.
import { render } from 'preact';
import { COURTS } from '../../src/flows/court-registry';
import { FIRST_FRAME_ROWS } from '../../src/popup/first-frame-rows';
import { MyCourtsSection } from '../../src/popup/my-courts-section';
import type { PopupActions } from '../../src/popup/popup-actions';
import type { CourtStatus } from '../../src/progress/court-status';
import { inProgress, linked, notStarted, requested } from '../progress/builders';

const SPREAD: readonly CourtStatus[] = [
  inProgress('court-link', 'utilities'),
  requested,
  notStarted,
  linked(),
];
const statuses = Object.fromEntries(
  COURTS.map((court, index) => [court.id, SPREAD[index % SPREAD.length] as CourtStatus]),
);
const actions = new Proxy({}, { get: () => () => undefined }) as PopupActions;

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const rows = () => [...container.querySelectorAll<HTMLElement>('li[data-court]')];
const counts = () =>
  [...container.querySelectorAll('h3 .count')].map((count) => count.textContent ?? '');

describe('My courts, first frame', () => {
  it('draws the first rows in group order, every heading with its full count, then all rows', async () => {
    render(<MyCourtsSection statuses={statuses} actions={actions} now={() => 0} />, container);
    expect(rows()).toHaveLength(FIRST_FRAME_ROWS);
    // 188 courts over four statuses: 47 in progress come first, so the first frame holds only those.
    expect(counts()).toEqual(['(47)', '(47)', '(47)', '(47)']);
    expect(new Set(rows().map((row) => row.dataset.status))).toEqual(new Set(['in-progress']));
    await vi.waitFor(() => expect(rows()).toHaveLength(COURTS.length));
    expect(rows().map((row) => row.dataset.status)).toEqual([
      ...Array<string>(47).fill('in-progress'),
      ...Array<string>(47).fill('requested'),
      ...Array<string>(47).fill('not-started'),
      ...Array<string>(47).fill('linked'),
    ]);
  });

  it('draws a short list whole in the first frame', () => {
    const few = Object.fromEntries(Object.entries(statuses).slice(0, 5));
    render(<MyCourtsSection statuses={few} actions={actions} now={() => 0} />, container);
    expect(rows()).toHaveLength(5);
  });
});
