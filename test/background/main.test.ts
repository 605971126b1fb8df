// The service worker as Chrome starts it: listeners registered at load, an
// update migrating storage at once, and messages answered through the polyfill.
import { fakeBrowser } from '@webext-core/fake-browser';
import { sendMessage } from '../../src/messaging/send-message';
import { inProgress } from '../progress/builders';

beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  await import('../../src/background/main');
});

describe('the background service worker', () => {
  it('answers the protocol through runtime messages', async () => {
    const view = await sendMessage('trackCourt', { court: 'cacb' });
    expect(view.court).toBe('cacb');
    const overview = await sendMessage('getOverview', { tabId: null });
    expect(Object.keys(overview.statuses)).toStrictEqual(['cacb']);
  });

  it('rejects the sender’s promise with the reason when a request is wrong', async () => {
    await expect(sendMessage('trackCourt', { court: 'nowhere' })).rejects.toThrow(
      /nowhere is not a known court/,
    );
  });

  it('migrates old storage as soon as the extension is updated', async () => {
    await fakeBrowser.storage.local.set({
      courtStatuses: { mnd: inProgress('court-link', 'link-form') },
    });
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.0.1',
    } as never);
    await vi.waitFor(async () => {
      expect(await fakeBrowser.storage.local.get(null)).toMatchObject({
        version: 1,
        statuses: { mnd: { step: 'link-form' } },
      });
    });
  });

  it('forgets the court of a tab when the tab closes', async () => {
    await fakeBrowser.storage.session.set({ 'tabCourt:4': 'mnd' });
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => {
      expect(await fakeBrowser.storage.session.get(null)).toStrictEqual({});
    });
  });
});
