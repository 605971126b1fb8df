// On install, the background checks the court sites and, when they are
// withheld (Firefox), opens the page that explains and asks.
import { fakeBrowser } from '@webext-core/fake-browser';
import { fakeSiteAccess } from './fake-site-access';

const POPUP_PAGE = 'chrome-extension://test-extension-id/src/popup/index.html';

async function start(granted: boolean): Promise<void> {
  fakeBrowser.reset();
  fakeSiteAccess({ granted });
  vi.resetModules();
  await import('../../src/background/main');
}

/** The pages opened since start (the in-memory browser starts with one blank tab). */
const openTabs = async () =>
  (await fakeBrowser.tabs.query({})).map((tab) => tab.url).filter((url) => url !== undefined);

afterEach(() => vi.restoreAllMocks());

describe('installing the extension', () => {
  it('opens the page that asks for the court sites when they are withheld', async () => {
    await start(false);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(async () => expect(await openTabs()).toEqual([POPUP_PAGE]));
  });

  it('opens nothing when they are granted, as in Chromium', async () => {
    await start(true);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(fakeBrowser.permissions.contains).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await openTabs()).toEqual([]);
  });

  it('does not ask again on every update: the popup keeps saying it', async () => {
    await start(false);
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.0.1',
    } as never);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fakeBrowser.permissions.contains).not.toHaveBeenCalled();
    expect(await openTabs()).toEqual([]);
  });
});
