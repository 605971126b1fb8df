// The popup and the options page over storage that is full: the filer is told
// plainly that nothing was saved and nothing was lost, and can try again once
// there is room.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { createHandlers } from '../../src/background/handlers';
import { listenForMessages } from '../../src/messaging/listen-for-messages';
import { OptionsContainer } from '../../src/options/options-container';
import { createCourtStore } from '../../src/storage/court-store';
import { statusesToJson } from '../../src/storage/statuses-file';
import { inProgress, linked, T0 } from '../progress/builders';
import { getMessage, setUiLanguage } from '../support/fake-browser';
import { bytesOf, enforceQuota, fullQuota, type Quota } from '../support/quota-storage';
import { chooseFile, openPopup, rowOf, storedWith } from './open-popup';

const FULL =
  'That did not work: the browser’s storage for this extension is full. Nothing was changed, and everything saved before is still there. Make room (delete the damaged data kept aside if the popup or the options page offers to, or free some disk space), then try again.';

const everything = () => fakeBrowser.storage.local.get(null);

beforeEach(() => {
  // The background logs each refused write and each repair put off, as it should.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  setUiLanguage('en');
});

/** The popup over mnd in progress, with storage that has no room left. */
async function openFullPopup(): Promise<Quota> {
  await openPopup({ stored: storedWith({ mnd: inProgress('court-link', 'link-form') }) });
  return fullQuota(fakeBrowser.storage.local);
}

function markLinked(court = 'mnd'): void {
  const row = rowOf(court) as HTMLElement;
  fireEvent.click(
    within(row).getByRole('button', { name: new RegExp(getMessage('popup_change')) }),
  );
  fireEvent.click(within(row).getByRole('button', { name: getMessage('popup_mark_linked') }));
  fireEvent.click(within(row).getByRole('button', { name: getMessage('popup_yes_mark_linked') }));
}

describe('the popup over full storage', () => {
  it('says an import was not saved, keeps every status, and imports once there is room', async () => {
    const quota = await openFullPopup();
    const before = await everything();
    chooseFile(statusesToJson({ mnd: linked(), cacb: linked() }, T0), 'firm.json');
    const question = await screen.findByRole('group', { name: /Import 2 courts/ });
    fireEvent.click(within(question).getByRole('button', { name: 'Import' }));

    expect((await screen.findByRole('alert')).textContent).toBe(FULL);
    expect(await everything()).toStrictEqual(before);
    expect(rowOf('mnd')?.dataset.status).toBe('in-progress');
    expect(rowOf('cacb')).toBeNull();
    expect(quota.refused).toBe(1);

    quota.lift();
    chooseFile(statusesToJson({ mnd: linked(), cacb: linked() }, T0), 'firm.json');
    fireEvent.click(
      within(await screen.findByRole('group', { name: /Import 2 courts/ })).getByRole('button', {
        name: 'Import',
      }),
    );
    await waitFor(() => expect(rowOf('cacb')?.dataset.status).toBe('linked'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await everything()).statuses).toStrictEqual({ mnd: linked(), cacb: linked() });
  });

  it('says a status set by hand was not saved, and saves it once there is room', async () => {
    const quota = await openFullPopup();
    const before = await everything();
    markLinked();
    expect((await screen.findByRole('alert')).textContent).toBe(FULL);
    expect(await everything()).toStrictEqual(before);
    expect(rowOf('mnd')?.dataset.status).toBe('in-progress');

    quota.lift();
    markLinked();
    await waitFor(() => expect(rowOf('mnd')?.dataset.status).toBe('linked'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says it in Spanish to a filer whose browser speaks Spanish', async () => {
    setUiLanguage('es');
    await openFullPopup();
    markLinked();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'No se pudo hacer: el almacenamiento del navegador para esta extensión está lleno. No se cambió nada y todo lo guardado antes sigue ahí. Haga sitio (elimine los datos dañados apartados si la ventana de la extensión o la página de opciones se lo ofrece, o libere espacio en el disco) y vuelva a intentarlo.',
    );
  });

  it('still opens over damaged data it has no room to set aside, and deleting that data makes room', async () => {
    const stored = storedWith({
      mnd: { status: 'linked?', note: 'x'.repeat(5_000) },
      iasd: inProgress('court-link', 'utilities'),
    });
    // Room for what is stored, none for setting the damaged part aside.
    enforceQuota(fakeBrowser.storage.local, bytesOf(stored));
    await openPopup({ stored });
    expect(rowOf('iasd')?.dataset.status).toBe('in-progress');
    const notice = screen.getByRole('region', { name: 'Some saved data could not be read' });

    markLinked('iasd');
    expect((await screen.findByRole('alert')).textContent).toBe(FULL);
    expect(await everything()).toStrictEqual(stored);

    fireEvent.click(within(notice).getByRole('button', { name: 'Start fresh…' }));
    fireEvent.click(within(notice).getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /could not be read/ })).toBeNull(),
    );
    markLinked('iasd');
    await waitFor(() => expect(rowOf('iasd')?.dataset.status).toBe('linked'));
    expect((await everything()).setAside).toStrictEqual([]);
  });
});

describe('the options page over full storage', () => {
  it('says a choice was not saved and keeps the one before', async () => {
    fakeBrowser.reset();
    listenForMessages(createHandlers(createCourtStore(fakeBrowser.storage.local)));
    render(<OptionsContainer />);
    await screen.findByRole('group', { name: 'Your role' });
    await fullQuota(fakeBrowser.storage.local);

    fireEvent.click(screen.getByRole('radio', { name: 'Non-attorney' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      `Not saved: ${getMessage('error_storage_full')}`,
    );
    expect((await everything()).preferences).toMatchObject({ role: null });
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Not set' }).checked).toBe(true),
    );
  });
});
