// Records: export as JSON and CSV, import JSON (checked whole, confirmed,
// nothing changed on bad input), and damaged data kept aside until the filer
// has saved it.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { statusesToJson } from '../../src/storage/statuses-file';
import { inProgress, linked, notStarted, T0 } from '../progress/builders';
import { chooseFile, openPopup, rowOf, storedWith } from './open-popup';
import { captureDownloads, type Download } from '../support/capture-downloads';

let downloads: Download[];

beforeEach(() => {
  downloads = captureDownloads();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const storedStatuses = async () =>
  (await fakeBrowser.storage.local.get('statuses')).statuses as Record<string, unknown>;

describe('export', () => {
  it('downloads the statuses as JSON that imports back, and as CSV', async () => {
    const statuses = { mnd: inProgress('court-link', 'utilities'), cacb: linked() };
    await openPopup({ stored: storedWith(statuses) });
    fireEvent.click(screen.getByRole('button', { name: 'Save a backup file' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save a spreadsheet' }));

    expect(
      downloads.map((download) => [
        download.name.replace(/\d{4}-\d\d-\d\d/, 'DATE'),
        download.type,
      ]),
    ).toStrictEqual([
      ['pacer-link-statuses-DATE.json', 'application/json'],
      ['pacer-link-statuses-DATE.csv', 'text/csv'],
    ]);
    const json = JSON.parse(await (downloads[0] as Download).text) as {
      courts: { court: string; status: unknown }[];
    };
    expect(json.courts).toStrictEqual([
      {
        court: 'cacb',
        name: 'U.S. Bankruptcy Court for the Central District of California',
        status: linked(),
      },
      {
        court: 'mnd',
        name: 'U.S. District Court for the District of Minnesota',
        status: statuses.mnd,
      },
    ]);
    expect((await (downloads[1] as Download).text).split('\r\n')[0]).toMatch(
      /^court,name,type,state,status,/,
    );
  });
});

describe('import', () => {
  it('refuses a bad file with a clear message and changes nothing', async () => {
    await openPopup({ stored: storedWith({ mnd: linked() }) });
    chooseFile('{"format": "something-else"}', 'notes.json');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'notes.json: Nothing was imported. This JSON file is not a PACER Link Guide backup file (its "format" is not "pacer-link-guide/statuses").',
    );
    expect(await storedStatuses()).toStrictEqual({ mnd: linked() });
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });

  it('names the entry at fault in a file that is nearly right', async () => {
    await openPopup();
    const file = statusesToJson({ mnd: linked(), cacb: notStarted }, T0).replace('"cacb"', '"zzz"');
    chooseFile(file);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Entry 1: "zzz" is not a known court id/,
    );
    expect(await storedStatuses()).toStrictEqual({});
  });

  it('asks before replacing, then imports the courts of a good file and keeps the others', async () => {
    await openPopup({
      stored: storedWith({ mnd: inProgress('court-link', 'utilities'), iasd: notStarted }),
    });
    chooseFile(statusesToJson({ mnd: linked(), cacb: linked() }, T0), 'firm.json');
    const question = await screen.findByRole('group', {
      name: /Import 2 courts from firm\.json\?/,
    });
    expect(await storedStatuses()).toStrictEqual({
      mnd: inProgress('court-link', 'utilities'),
      iasd: notStarted,
    });

    fireEvent.click(within(question).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(rowOf('cacb')?.dataset.status).toBe('linked'));
    expect(await storedStatuses()).toStrictEqual({
      mnd: linked(),
      iasd: notStarted,
      cacb: linked(),
    });
  });
});

describe('damaged data', () => {
  const damaged = storedWith({ mnd: { status: 'linked?', at: 'yesterday' }, cacb: linked() });

  it('is reported, with the rest still shown', async () => {
    await openPopup({ stored: damaged });
    const notice = screen.getByRole('region', { name: 'Some saved data could not be read' });
    expect(notice.textContent).toMatch(/1 item was set aside .*\(statuses\.mnd\)/);
    expect(rowOf('cacb')?.dataset.status).toBe('linked');
    expect(rowOf('mnd')).toBeNull();
  });

  it('can be downloaded exactly as it was stored, then discarded after confirming', async () => {
    await openPopup({ stored: damaged });
    const notice = screen.getByRole('region', { name: 'Some saved data could not be read' });
    fireEvent.click(within(notice).getByRole('button', { name: 'Download the damaged data' }));
    const saved = JSON.parse(await (downloads[0] as Download).text) as {
      entries: { from: string; value: unknown }[];
    };
    expect(saved.entries).toMatchObject([
      { from: 'statuses.mnd', value: { status: 'linked?', at: 'yesterday' } },
    ]);

    fireEvent.click(within(notice).getByRole('button', { name: 'Start fresh…' }));
    expect(within(notice).getByText('Delete the damaged data now?')).toBeTruthy();
    fireEvent.click(within(notice).getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'Some saved data could not be read' }),
      ).toBeNull(),
    );
    expect(await fakeBrowser.storage.local.get('setAside')).toStrictEqual({ setAside: [] });
    expect(rowOf('cacb')?.dataset.status).toBe('linked');
  });

  it('warns before discarding what was not downloaded', async () => {
    await openPopup({ stored: damaged });
    fireEvent.click(screen.getByRole('button', { name: 'Start fresh…' }));
    expect(
      screen.getByText('You have not downloaded a copy. Delete the damaged data anyway?'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await fakeBrowser.storage.local.get('setAside')).setAside).toHaveLength(1);
  });
});

describe('many damaged entries', () => {
  it('opens with 150,000 of them set aside, showing the good court and the notice', async () => {
    const setAside = Array.from({ length: 150_000 }, (_, index) => ({
      from: `statuses.bad${index}`,
      reason: 'not a known court id',
      at: T0 + index,
      value: null,
    }));
    await openPopup({ stored: storedWith({ mnd: linked('link-done') }, { setAside }) });
    await waitFor(() => expect(rowOf('mnd')).not.toBeNull());
    expect(
      screen.getByRole('region', { name: /set aside|damaged|could not be read/i }),
    ).toBeTruthy();
  }, 60_000);
});
