// The popup reads what it shows straight from storage, validated by the same
// code as the background's reads: asking the background would first wake its
// service worker, often asleep when the filer opens the popup. The background
// stays the single writer: data that must be migrated or set aside is its to
// rewrite, so the popup asks it then.
import { classifyHost } from '../detection/classify-host';
import { courtById, courtFromHost } from '../flows/court-registry';
import { describeFailure } from '../messaging/describe-failure';
import type { Overview } from '../messaging/protocol';
import { sendMessage } from '../messaging/send-message';
import { activeTab, type ActiveTab } from '../platform/active-tab';
import { browser } from '../platform/browser';
import { readStoredData, STORED_KEYS } from '../storage/read-stored-data';
import { tabCourt } from '../storage/tab-courts';
import type { TabCourt } from './this-tab-section';

export type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly overview: Overview; readonly tabCourt: TabCourt | null }
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

/** Where the tab is: a CM/ECF host names its court; a PACER page's court only its own report tells. */
interface TabPlace {
  readonly named: TabCourt | null;
  /** The tab to look up the report of; null skips that round trip to session storage. */
  readonly reportedBy: number | null;
}

const NOWHERE: TabPlace = { named: null, reportedBy: null };

function placeOf(tab: ActiveTab | null): TabPlace {
  if (!tab?.url) return NOWHERE;
  let url: URL;
  try {
    url = new URL(tab.url);
  } catch {
    return NOWHERE;
  }
  const kind = classifyHost(url);
  if (kind === 'ecf') return { named: courtFromHost(url.hostname), reportedBy: null };
  return { named: null, reportedBy: kind === null ? null : tab.id };
}

/** Everything the popup shows; the tab and storage are asked at once. Never rejects. */
export async function loadPopup(): Promise<Loaded> {
  try {
    const place = activeTab().then(placeOf, () => NOWHERE);
    const overview = await loadOverview(place.then((where) => where.reportedBy));
    const { named, reportedBy } = await place;
    const reported =
      reportedBy === null || overview.tabCourt === null ? undefined : courtById(overview.tabCourt);
    return {
      kind: 'ready',
      overview,
      tabCourt: named ?? (reported ? { court: reported, training: false } : null),
    };
  } catch (failure) {
    return { kind: 'failed', message: describeFailure(failure) };
  }
}
