// The popup reads what it shows straight from storage, validated by the same
// code as the background's reads: asking the background would first wake its
// service worker, often asleep when the filer opens the popup. The background
// stays the single writer: data that must be migrated or set aside is its to
// rewrite, so the popup asks it then.
import { classifyHost } from '../detection/classify-host';
import { describeFailure } from '../messaging/describe-failure';
import type { Overview } from '../messaging/protocol';
import { sendMessage } from '../messaging/send-message';
import { activeTab, type ActiveTab } from '../platform/active-tab';
import { browser } from '../platform/browser';
import { readStoredData, STORED_KEYS } from '../storage/read-stored-data';
import { tabCourt } from '../storage/tab-courts';

export type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly overview: Overview; readonly tab: ActiveTab | null }
  | { readonly kind: 'failed'; readonly message: string };

async function loadOverview(tabId: Promise<number | null>): Promise<Overview> {
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

/**
 * The tab whose court only its own report can tell: a PACER page (a CM/ECF
 * host names its court). Other tabs skip the round trip to session storage.
 */
function pacerTab(tab: ActiveTab | null): number | null {
  if (!tab?.url) return null;
  try {
    const kind = classifyHost(new URL(tab.url));
    return kind !== null && kind !== 'ecf' ? tab.id : null;
  } catch {
    return null;
  }
}

/** Everything the popup shows; the tab and storage are asked at once. Never rejects. */
export async function loadPopup(): Promise<Loaded> {
  try {
    const asked = activeTab().catch(() => null);
    const overview = await loadOverview(asked.then(pacerTab));
    return { kind: 'ready', overview, tab: await asked };
  } catch (failure) {
    return { kind: 'failed', message: describeFailure(failure) };
  }
}
