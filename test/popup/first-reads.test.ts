// The popup's first render answers from the reads started when it opened
// (asked-on-open.ts); a refresh asks the browser again.
import { fakeBrowser } from '@webext-core/fake-browser';
import { askBrowser } from '../../src/popup/first-reads';
import { loadPopup } from '../../src/popup/load-overview';
import { inProgress, linked } from '../progress/builders';

beforeEach(() => fakeBrowser.reset());

describe('the reads the popup starts on opening', () => {
  it('are what the first load shows, with no second question to storage', async () => {
    const reads = {
      stored: Promise.resolve({ version: 1, statuses: { mnd: linked() } }),
      tab: Promise.resolve(null),
    };
    // Storage says otherwise: were it asked again, the popup would show this.
    await fakeBrowser.storage.local.set({
      version: 1,
      statuses: { cacb: inProgress('court-link', 'utilities') },
    });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const loaded = await loadPopup(reads);
    expect(loaded.kind).toBe('ready');
    if (loaded.kind === 'ready') expect(Object.keys(loaded.overview.statuses)).toEqual(['mnd']);
    expect(get).not.toHaveBeenCalled();
  });

  it('are asked afresh by a later load', async () => {
    await fakeBrowser.storage.local.set({ version: 1, statuses: { mnd: linked() } });
    const first = askBrowser();
    await fakeBrowser.storage.local.set({
      version: 1,
      statuses: { cacb: inProgress('court-link', 'utilities') },
    });
    const later = await loadPopup();
    expect(Object.keys((await first.stored).statuses as object)).toEqual(['mnd']);
    expect(later.kind === 'ready' && Object.keys(later.overview.statuses)).toEqual(['cacb']);
  });

  it('says what went wrong when storage cannot be read, rather than rejecting', async () => {
    const loaded = await loadPopup({
      stored: Promise.reject(new Error('storage is gone')),
      tab: Promise.resolve(null),
    });
    expect(loaded).toMatchObject({ kind: 'failed' });
  });
});

describe('the tab’s court', () => {
  const stored = () => Promise.resolve({ version: 1, statuses: {} });
  const tabCourtOf = async (url: string) => {
    const loaded = await loadPopup({ stored: stored(), tab: Promise.resolve({ id: 4, url }) });
    if (loaded.kind !== 'ready') throw new Error(loaded.kind);
    return (
      loaded.tabCourt && { court: loaded.tabCourt.court.id, training: loaded.tabCourt.training }
    );
  };

  it('is the one its address names, as recognition reads it, training site included', async () => {
    // What the tab last reported says otherwise: the address wins.
    await fakeBrowser.storage.session.set({ 'tabCourt:4': 'cob' });
    expect(await tabCourtOf('https://ecf-train.cacb.uscourts.gov/cgi-bin/login.pl')).toEqual({
      court: 'cacb',
      training: true,
    });
    const login = 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=NCMBK';
    expect(await tabCourtOf(login)).toEqual({ court: 'ncmb', training: false });
  });

  it('is the one the tab last reported when its address names none', async () => {
    await fakeBrowser.storage.session.set({ 'tabCourt:4': 'cob' });
    expect(await tabCourtOf('https://pacer.psc.uscourts.gov/pscof/manage/maintenance.jsf')).toEqual(
      { court: 'cob', training: false },
    );
    expect(await tabCourtOf('https://www.example.com/')).toBeNull();
  });
});
