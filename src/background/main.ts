// The service worker: the single writer of statuses. It keeps nothing in
// memory between events (Chrome stops idle workers); storage is the truth.

import { listenForMessages } from '../messaging/listen-for-messages';
import { browser } from '../platform/browser';
import { createCourtStore } from '../storage/court-store';
import { createHandlers } from './handlers';
import { forgetTab } from './tab-courts';

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

browser.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId).catch(() => undefined);
});
