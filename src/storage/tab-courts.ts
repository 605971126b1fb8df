// The court each tab's last report was applied to, for the popup over a PACER
// page whose address names no court: which court such a page belongs to (the
// one its content names, or the request under way) is the background's to
// decide. An address that names a court the popup reads itself, with
// recognition's own code (detection/read-url.ts). In session storage: it
// outlives a stopped service worker but not the browser session, like the tabs
// it describes. One key per tab, so reports from several tabs never overwrite
// each other.

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
