// What the background does for each message. Every change to statuses and
// preferences goes through the store's queue, one at a time.

import type { Handlers } from '../messaging/listen-for-messages';
import { setTabBadge } from '../platform/badge';
import type { ManualStatusName } from '../progress/court-status';
import type { CourtStore } from '../storage/court-store';
import { applyReport } from './apply-report';
import { badgeForPage } from './badge-for-page';
import { applyEvent, courtView, importStatuses, trackCourt, untrackCourt } from './court-changes';
import { setGuidePreference, setPreferences } from './preference-changes';
import { rememberTabCourt, tabCourt } from '../storage/tab-courts';

export function createHandlers(store: CourtStore, now: () => number = Date.now): Handlers {
  const setByHand = (court: string, status: ManualStatusName) =>
    store.update((state) =>
      applyEvent(state, court, { type: 'set-by-hand', at: now(), status }, now()),
    );
  return {
    async reportPage(report, sender) {
      const view = await store.update((state) => applyReport(state, report, now()));
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        await setTabBadge(
          tabId,
          badgeForPage(report, report.training ? null : (view?.status ?? null)),
        );
        // Only the popup's convenience: a failure here must not fail the report.
        await rememberTabCourt(tabId, view?.court ?? null).catch(() => undefined);
      }
      return view;
    },
    async getCourtView({ court }) {
      const { state } = await store.read();
      return courtView(state, court, now());
    },
    setGuidePreference: ({ court, preference }) =>
      store.update((state) => setGuidePreference(state, court, preference, now())),
    restartCourt: ({ court }) =>
      store.update((state) => applyEvent(state, court, { type: 'reset', at: now() }, now())),
    setStatusByHand: ({ court, status }) => setByHand(court, status),
    // The guide's "I don't e-file here": the popup's "not needed", from a court page.
    markNotNeeded: ({ court }) => setByHand(court, 'not-needed'),
    clearStatusByHand: ({ court }) =>
      store.update((state) => applyEvent(state, court, { type: 'clear-by-hand' }, now())),
    async getOverview({ tabId }) {
      const { state, setAside } = await store.read();
      return {
        statuses: state.statuses,
        preferences: state.preferences,
        setAside,
        tabCourt: tabId === null ? null : await tabCourt(tabId),
      };
    },
    startCourt: ({ court, flow }) =>
      store.update((state) => applyEvent(state, court, { type: 'start', at: now(), flow }, now())),
    trackCourt: ({ court }) => store.update((state) => trackCourt(state, court, now())),
    untrackCourt: ({ court }) => store.update((state) => untrackCourt(state, court)),
    async getPreferences() {
      const { state } = await store.read();
      return state.preferences;
    },
    setPreferences: (changes) => store.update((state) => setPreferences(state, changes)),
    importStatuses: ({ statuses }) => store.update((state) => importStatuses(state, statuses)),
    discardSetAside: async () => {
      await store.discardSetAside();
      return null;
    },
  };
}
