// The popup reads what it shows straight from storage, validated by the same
// code as the background's reads: asking the background would first wake its
// service worker, often asleep when the filer opens the popup. The background
// stays the single writer: data that must be migrated or set aside is its to
// rewrite, so the popup asks it then.
import { classifyHost } from '../detection/classify-host';
import { courtOfUrl } from '../detection/read-url';
import { courtById } from '../flows/court-registry';
import { describeFailure } from '../messaging/describe-failure';
import type { Overview } from '../messaging/protocol';
import { sendMessage } from '../messaging/send-message';
import type { ActiveTab } from '../platform/active-tab';
import { readStoredData } from '../storage/read-stored-data';
import { tabCourt } from '../storage/tab-courts';
import { askBrowser, type FirstReads } from './first-reads';
import type { TabCourt } from './this-tab-section';

export type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly overview: Overview; readonly tabCourt: TabCourt | null }
  | { readonly kind: 'failed'; readonly message: string };

async function loadOverview(
  storedRaw: Promise<Record<string, unknown>>,
  tabId: Promise<number | null>,
): Promise<Overview> {
  const raw = await storedRaw;
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
 * Where the tab is: its address names the court (a CM/ECF host, a PACER login
 * with the court's code), as recognition reads it; otherwise only the tab's
 * last report tells, as the background applied it.
 */
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
  if (kind === null) return NOWHERE;
  const named = courtOfUrl(url, kind);
  const court = named ? courtById(named.court) : undefined;
  if (named && court) return { named: { court, training: named.training }, reportedBy: null };
  return { named: null, reportedBy: tab.id };
}

/**
 * Everything the popup shows, from the browser's answers: asked now, or, for
 * the first render, when the popup opened (asked-on-open.ts). Never rejects.
 */
export async function loadPopup(reads: FirstReads = askBrowser()): Promise<Loaded> {
  try {
    const place = reads.tab.then(placeOf, () => NOWHERE);
    const overview = await loadOverview(
      reads.stored,
      place.then((where) => where.reportedBy),
    );
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
