// All courts by state, without searching; and the courts where the guide was
// turned off, with the way to turn it back on.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { COURTS } from '../../src/flows/court-registry';
import { courtsByState } from '../../src/popup/court-browser';
import { linked } from '../progress/builders';
import { openPopup, storedWith } from './open-popup';

afterEach(cleanup);

/** The disclosure of all courts, opened as a click (or Enter) on its summary opens it. */
const browser = async (): Promise<HTMLElement> => {
  const summary = screen.getByText('Browse all courts by state');
  const details = summary.closest('details');
  if (!details) throw new Error('no disclosure');
  // Drawn once opened, so that the popup opens as fast as without it.
  expect(details.querySelector('li')).toBeNull();
  summary.click();
  await waitFor(() => expect(details.querySelector('li')).not.toBeNull());
  return details;
};

const openState = (list: HTMLElement, state: string): HTMLElement => {
  const summary = [...list.querySelectorAll('details.court-state > summary')].find((element) =>
    element.textContent?.startsWith(`${state} (`),
  ) as HTMLElement;
  summary.click();
  return summary.parentElement as HTMLElement;
};

describe('browsing all courts by state', () => {
  it('groups all 188 courts by state, in alphabetical order', () => {
    const groups = courtsByState();
    expect(groups.flatMap(([, courts]) => courts)).toHaveLength(COURTS.length);
    expect(COURTS).toHaveLength(188);
    const states = groups.map(([state]) => state);
    expect(states).toStrictEqual([...states].sort((a, b) => a.localeCompare(b)));
    expect(groups.every(([state, courts]) => courts.every((court) => court.state === state))).toBe(
      true,
    );
  });

  it('lists every court under its state, with Add for those not yet tracked', async () => {
    await openPopup({ stored: storedWith({ mnd: linked() }) });
    const list = await browser();
    expect(list.querySelectorAll('li[data-browse-court]')).toHaveLength(188);
    const minnesota = openState(list, 'Minnesota');
    expect(minnesota.hasAttribute('open')).toBe(true);
    expect(minnesota.querySelector('summary')?.textContent).toBe('Minnesota (2)');
    const mnd = minnesota.querySelector('[data-browse-court="mnd"]') as HTMLElement;
    expect(within(mnd).queryByRole('button')).toBeNull();
    expect(mnd.textContent).toContain('in my courts');
    // Summaries and buttons: reachable and usable from the keyboard.
    expect(list.querySelector('summary')?.tagName).toBe('SUMMARY');
    const add = within(minnesota).getByRole('button', {
      name: /^Add\s+Minnesota Bankruptcy Court$/,
    });
    expect(add.tagName).toBe('BUTTON');
  });

  it('adds a court with its Add button, keeping focus on its row', async () => {
    await openPopup();
    const list = await browser();
    const alaska = openState(list, 'Alaska');
    fireEvent.click(within(alaska).getByRole('button', { name: /^Add\s+Alaska District Court$/ }));
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('statuses')).statuses).toMatchObject({
        akd: { status: 'not-started' },
      }),
    );
    await waitFor(() =>
      expect(within(alaska).queryByRole('button', { name: /Alaska District Court/ })).toBeNull(),
    );
    expect(document.activeElement).toBe(list.querySelector('[data-browse-court="akd"]'));
  });
});

describe('courts where the guide is off', () => {
  const preferences = (guide: Record<string, { collapsed: boolean; enabled: boolean }>) => ({
    preferences: { role: null, textSize: 'standard', guide },
  });

  it('says nothing when the guide is on everywhere', async () => {
    await openPopup({
      stored: storedWith({}, preferences({ mnd: { collapsed: true, enabled: true } })),
    });
    expect(screen.queryByRole('region', { name: 'Guide turned off' })).toBeNull();
  });

  it('moves focus to the next court’s button when one is turned back on', async () => {
    await openPopup({
      stored: storedWith(
        {},
        preferences({
          iasd: { collapsed: false, enabled: false },
          mnd: { collapsed: false, enabled: false },
        }),
      ),
    });
    const section = screen.getByRole('region', { name: 'Guide turned off' });
    const [first, second] = within(section).getAllByRole('button');
    fireEvent.click(first as HTMLElement);
    expect(document.activeElement).toBe(second);
    await waitFor(() => expect(section.querySelectorAll('li')).toHaveLength(1));
    expect(document.activeElement?.textContent).toContain('Minnesota District Court');
  });

  it('names the courts where it was turned off and turns it back on there', async () => {
    await openPopup({
      stored: storedWith(
        { mnd: linked() },
        preferences({
          iasd: { collapsed: false, enabled: false },
          mnd: { collapsed: true, enabled: true },
        }),
      ),
    });
    const section = screen.getByRole('region', { name: 'Guide turned off' });
    expect(section.querySelectorAll('li')).toHaveLength(1);
    expect(section.textContent).toContain('Iowa Southern District Court');
    fireEvent.click(
      within(section).getByRole('button', {
        name: /^Turn the guide back on\s+Iowa Southern District Court$/,
      }),
    );
    await waitFor(async () =>
      expect(
        ((await fakeBrowser.storage.local.get('preferences')).preferences as { guide: unknown })
          .guide,
      ).toMatchObject({ iasd: { enabled: true } }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Guide turned off' })).toBeNull(),
    );
    expect(screen.getAllByRole('status').map((region) => region.textContent)).toContain(
      'The guide is on again in Iowa Southern District Court.',
    );
  });
});
