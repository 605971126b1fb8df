// The popup's notice of damaged data stays readable however much was set
// aside: it names a few of the places, not every one of them.
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { linked, T0 } from '../progress/builders';
import { openPopup, rowOf, storedWith } from './open-popup';

afterEach(cleanup);

const entry = (from: string, at = T0) => ({ from, reason: 'damaged', at, value: null });

const noticeText = (): string =>
  screen.getByRole('region', { name: 'Some saved data could not be read' }).textContent ?? '';

describe('the set-aside notice', () => {
  it('names each place once', async () => {
    const setAside = [entry('setAside'), entry('statuses.mnd'), entry('setAside')];
    await openPopup({ stored: storedWith({ cacb: linked() }, { setAside }) });
    expect(noticeText()).toMatch(/3 items were set aside .*\(setAside, statuses\.mnd\)/);
  });

  it('names the first few of 150,000 places, then an ellipsis', async () => {
    const setAside = Array.from({ length: 150_000 }, (_, index) =>
      entry(`statuses.bad${index}`, T0 + index),
    );
    await openPopup({ stored: storedWith({ mnd: linked() }, { setAside }) });
    await waitFor(() => expect(rowOf('mnd')).not.toBeNull());
    expect(noticeText()).toMatch(
      /150000 items were set aside .*\(statuses\.bad0, statuses\.bad1, statuses\.bad2, statuses\.bad3, statuses\.bad4, …\)/,
    );
    expect(noticeText().length).toBeLessThan(1_000);
  }, 60_000);
});

it('says plainly when a value was too large to keep', async () => {
  const summarised = {
    from: 'statuses.mnd',
    reason: 'damaged',
    at: T0,
    tooLargeToKeep: { note: 'too large', bytes: 9_437_234, type: 'object', start: '{"status"' },
  };
  await openPopup({
    stored: storedWith({ cacb: linked() }, { setAside: [summarised, entry('setAside')] }),
  });
  expect(noticeText()).toMatch(
    /1 of them were too large to keep: only their size and first characters were kept, the rest is lost\./,
  );
});
