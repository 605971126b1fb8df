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
