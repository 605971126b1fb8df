// The popup reads what it shows straight from storage, validated by the same
// code as the background's reads: asking the background would first wake its
// service worker, often asleep when the filer opens the popup. The background
// stays the single writer: data that must be migrated or set aside is its to
// rewrite, so the popup asks it then.
import type { Overview } from '../messaging/protocol';
import { sendMessage } from '../messaging/send-message';
import { browser } from '../platform/browser';
import { readStoredData, STORED_KEYS } from '../storage/read-stored-data';
import { tabCourt } from '../storage/tab-courts';

export async function loadOverview(tabId: Promise<number | null>): Promise<Overview> {
  const raw = await browser.storage.local.get([...STORED_KEYS]);
  const stored = readStoredData(raw, Date.now());
  if (stored.needsRepair) return sendMessage('getOverview', { tabId: await tabId });
  const tab = await tabId;
  return {
    statuses: stored.state.statuses,
    preferences: stored.state.preferences,
    setAside: stored.setAside,
    tabCourt: tab === null ? null : await tabCourt(tab),
  };
}
