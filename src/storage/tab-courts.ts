// Which court each tab last reported, for the popup over a PACER page (whose
// host names no court). In session storage: it outlives a stopped service
// worker but not the browser session, like the tabs it describes. One key per
// tab, so reports from several tabs never overwrite each other.

import { browser } from '../platform/browser';

const key = (tabId: number): string => `tabCourt:${tabId}`;

export async function rememberTabCourt(tabId: number, court: string | null): Promise<void> {
  await (court === null
    ? browser.storage.session.remove(key(tabId))
    : browser.storage.session.set({ [key(tabId)]: court }));
}

export async function tabCourt(tabId: number): Promise<string | null> {
  const stored = await browser.storage.session.get(key(tabId));
  const court: unknown = stored[key(tabId)];
  return typeof court === 'string' ? court : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
