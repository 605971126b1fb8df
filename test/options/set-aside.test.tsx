// The options page offers the damaged data kept aside as the popup does:
// download a copy, then discard it after confirming.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { createHandlers } from '../../src/background/handlers';
import { listenForMessages } from '../../src/messaging/listen-for-messages';
import { OptionsContainer } from '../../src/options/options-container';
import { createCourtStore } from '../../src/storage/court-store';
import { linked, T0 } from '../progress/builders';
import { captureDownloads, type Download } from '../support/capture-downloads';

const NOTICE = 'Some saved data could not be read';

let downloads: Download[];

beforeEach(() => {
  downloads = captureDownloads();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openOptions(stored: Record<string, unknown>): Promise<void> {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(stored);
  listenForMessages(createHandlers(createCourtStore(fakeBrowser.storage.local, () => T0)));
  render(<OptionsContainer />);
  await screen.findByRole('group', { name: 'Your role' });
}

const damaged = {
  version: 1,
  statuses: { mnd: { status: 'linked?', at: 'yesterday' }, cacb: linked() },
  preferences: { role: 'attorney', textSize: 'standard', guide: {} },
};

const downloaded = async (index = 0) =>
  JSON.parse(await (downloads[index] as { text: Promise<string> }).text) as {
    format: string;
    entries: Record<string, unknown>[];
  };

describe('damaged data on the options page', () => {
  it('is reported beside the settings, which still work', async () => {
    await openOptions(damaged);
    const notice = screen.getByRole('region', { name: NOTICE });
    expect(notice.textContent).toMatch(/1 item was set aside .*\(statuses\.mnd\)/);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Attorney' }).checked).toBe(true);
    expect(
      within(screen.getByRole('group', { name: /court by court/ })).getAllByRole('checkbox'),
    ).toHaveLength(1);
  });

  it('can be downloaded exactly as it was stored, then discarded after confirming', async () => {
    await openOptions(damaged);
    const notice = screen.getByRole('region', { name: NOTICE });
    fireEvent.click(within(notice).getByRole('button', { name: 'Download the damaged data' }));
    expect(downloads.map((download) => download.name)).toStrictEqual([
      `pacer-link-damaged-data-${new Date().toISOString().slice(0, 10)}.json`,
    ]);
    const file = await downloaded();
    expect(file.format).toBe('pacer-link-guide/set-aside');
    expect(file.entries).toMatchObject([
      { from: 'statuses.mnd', value: { status: 'linked?', at: 'yesterday' } },
    ]);

    fireEvent.click(within(notice).getByRole('button', { name: 'Start fresh…' }));
    expect(within(notice).getByText('Delete the damaged data now?')).toBeTruthy();
    fireEvent.click(within(notice).getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: NOTICE })).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('The damaged data was deleted.');
    expect((await fakeBrowser.storage.local.get('setAside')).setAside).toStrictEqual([]);
    expect((await fakeBrowser.storage.local.get('statuses')).statuses).toStrictEqual({
      cacb: linked(),
    });
  });

  it('is kept when the filer cancels', async () => {
    await openOptions(damaged);
    fireEvent.click(screen.getByRole('button', { name: 'Start fresh…' }));
    expect(
      screen.getByText('You have not downloaded a copy. Delete the damaged data anyway?'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('region', { name: NOTICE })).toBeTruthy();
    expect((await fakeBrowser.storage.local.get('setAside')).setAside).toHaveLength(1);
  });

  it('says in the download when a value was too large to keep', async () => {
    const huge = { status: 'linked', at: T0, source: 'x'.repeat(300_000) };
    await openOptions({ version: 1, statuses: { mnd: huge } });
    fireEvent.click(screen.getByRole('button', { name: 'Download the damaged data' }));
    const [entry] = (await downloaded()).entries;
    expect(entry).not.toHaveProperty('value');
    expect(entry).toMatchObject({
      from: 'statuses.mnd',
      tooLargeToKeep: {
        note: 'too large to keep: only its size and first characters were kept',
        bytes: JSON.stringify(huge).length,
        type: 'object',
      },
    });
  });

  it('opens with 150,000 entries, naming a few of their places', async () => {
    const setAside = Array.from({ length: 150_000 }, (_, index) => ({
      from: `statuses.bad${index}`,
      reason: 'not a known court id',
      at: T0 + index,
      value: null,
    }));
    await openOptions({ version: 1, statuses: { cacb: linked() }, setAside });
    const notice = screen.getByRole('region', { name: NOTICE });
    expect(notice.textContent).toMatch(/150000 items .*\(statuses\.bad0, .*statuses\.bad4, …\)/);
    fireEvent.click(within(notice).getByRole('button', { name: 'Download the damaged data' }));
    expect((await downloaded()).entries).toHaveLength(150_000);
  }, 60_000);

  it('is not mentioned when there is none', async () => {
    await openOptions({ version: 1, statuses: { cacb: linked() } });
    expect(screen.queryByRole('region', { name: NOTICE })).toBeNull();
  });
});
