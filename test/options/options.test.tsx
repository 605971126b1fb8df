// The options page: role, text size, and the guide on or off per court,
// each saved through the background as it is changed.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { createHandlers } from '../../src/background/handlers';
import { listenForMessages } from '../../src/messaging/listen-for-messages';
import { OptionsContainer } from '../../src/options/options-container';
import { createCourtStore } from '../../src/storage/court-store';
import { linked, notStarted } from '../progress/builders';

afterEach(cleanup);

async function openOptions(stored?: Record<string, unknown>, background = true): Promise<void> {
  fakeBrowser.reset();
  if (stored) await fakeBrowser.storage.local.set(stored);
  if (background) listenForMessages(createHandlers(createCourtStore(fakeBrowser.storage.local)));
  render(<OptionsContainer />);
  if (background) await screen.findByRole('group', { name: 'Your role' });
}

const storedPreferences = async () =>
  (await fakeBrowser.storage.local.get('preferences')).preferences as Record<string, unknown>;

describe('the options page', () => {
  it('starts with no role, standard text and no courts', async () => {
    await openOptions();
    expect(
      screen.getByRole<HTMLInputElement>('radio', {
        name: 'Not set',
        description: /points at both/,
      }).checked,
    ).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Standard' }).checked).toBe(true);
    expect(screen.getByText(/Your courts appear here/)).toBeTruthy();
  });

  it('saves the role and the text size', async () => {
    await openOptions();
    fireEvent.click(screen.getByRole('radio', { name: 'Non-attorney' }));
    await waitFor(async () =>
      expect(await storedPreferences()).toMatchObject({ role: 'non-attorney' }),
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Larger (for presenting)' }));
    await waitFor(async () =>
      expect(await storedPreferences()).toMatchObject({ role: 'non-attorney', textSize: 'larger' }),
    );
    await waitFor(() =>
      expect(
        screen.getByRole<HTMLInputElement>('radio', { name: 'Larger (for presenting)' }).checked,
      ).toBe(true),
    );
    expect(screen.getByText('Saved.')).toBeTruthy();
  });

  it('turns the guide off and on per court, for tracked courts and courts with a setting', async () => {
    await openOptions({
      version: 1,
      statuses: { mnd: linked(), cacb: notStarted },
      preferences: {
        role: 'attorney',
        textSize: 'standard',
        guide: { iasd: { collapsed: true, enabled: false } },
      },
    });
    const list = screen.getByRole('group', { name: 'The guide, court by court' });
    const boxes = within(list).getAllByRole('checkbox');
    expect(
      boxes.map((box) => [box.closest('li')?.dataset.court, (box as HTMLInputElement).checked]),
    ).toStrictEqual([
      ['iasd', false],
      ['mnd', true],
      ['cacb', true],
    ]);
    fireEvent.click(within(list).getByRole('checkbox', { name: /Minnesota District Court/ }));
    await waitFor(async () =>
      expect((await storedPreferences()).guide).toStrictEqual({
        iasd: { collapsed: true, enabled: false },
        mnd: { collapsed: false, enabled: false },
      }),
    );
  });

  it('says so when the background does not answer', async () => {
    await openOptions(undefined, false);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded/);
  });
});
