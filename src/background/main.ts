// The service worker: the single writer of statuses. It keeps nothing in
// memory between events (Chrome stops idle workers); storage is the truth.

import { listenForMessages } from '../messaging/listen-for-messages';
import { extensionUrl } from '../platform/active-tab';
import { browser } from '../platform/browser';
import { hasCourtSiteAccess } from '../platform/host-access';
import { createCourtStore } from '../storage/court-store';
import { createHandlers } from './handlers';
import { forgetTab } from '../storage/tab-courts';

const store = createCourtStore(browser.storage.local);

listenForMessages(createHandlers(store));

// After an update (or a browser restart), bring storage to the current
// layout at once rather than on the first page a filer opens.
const repairStorage = (): void => {
  store
    .read()
    .catch((error: unknown) => console.error('PACER Link Guide: cannot read storage', error));
};
browser.runtime.onInstalled.addListener(repairStorage);
browser.runtime.onStartup.addListener(repairStorage);

// Firefox may install the extension without the court sites (it treats MV3
// host permissions as optional), and then the guide never appears. Say why
// at once, on the page whose button allows them; Chromium grants them at
// install, so nothing opens there.
const COURT_SITE_ACCESS_PAGE = 'src/popup/index.html';
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== 'install') return;
  hasCourtSiteAccess()
    .then(async (granted) => {
      if (!granted) await browser.tabs.create({ url: extensionUrl(COURT_SITE_ACCESS_PAGE) });
    })
    .catch((error: unknown) =>
      console.error('PACER Link Guide: cannot check access to the court sites', error),
    );
});

browser.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId).catch(() => undefined);
});
