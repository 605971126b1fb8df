// What the background does for each message. Every change to statuses and
// preferences goes through the store's queue, one at a time.

import type { Handlers } from '../messaging/listen-for-messages';
import { setTabBadge } from '../platform/badge';
import { applyReport } from '../progress/apply-report';
import { applyEvent, importStatuses, trackCourt, untrackCourt } from '../progress/court-changes';
import type { ManualStatusName } from '../progress/court-status';
import { courtView, type Courts, type CourtsChange } from '../progress/court-view';
import { setGuidePreference, setPreferences } from '../progress/preference-changes';
import type { CourtStore } from '../storage/court-store';
import { rememberTabCourt, tabCourt } from '../storage/tab-courts';
import { badgeForPage } from './badge-for-page';
import { courtsOf, onStoredCourts } from './stored-courts';

export function createHandlers(store: CourtStore, now: () => number = Date.now): Handlers {
  const change = <T>(changeCourts: (courts: Courts) => CourtsChange<T>) =>
    store.update(onStoredCourts(changeCourts));
  const setByHand = (court: string, status: ManualStatusName) =>
    change((courts) =>
      applyEvent(courts, court, { type: 'set-by-hand', at: now(), status }, now()),
    );
  return {
    async reportPage(report, sender) {
      const view = await change((courts) => applyReport(courts, report, now()));
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
      return courtView(courtsOf(state), court, now());
    },
    setGuidePreference: ({ court, preference }) =>
      change((courts) => setGuidePreference(courts, court, preference, now())),
    restartCourt: ({ court }) =>
      change((courts) => applyEvent(courts, court, { type: 'reset', at: now() }, now())),
    setStatusByHand: ({ court, status }) => setByHand(court, status),
    // The guide's "I don't e-file here": the popup's "not needed", from a court page.
    markNotNeeded: ({ court }) => setByHand(court, 'not-needed'),
    clearStatusByHand: ({ court }) =>
      change((courts) => applyEvent(courts, court, { type: 'clear-by-hand' }, now())),
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
      change((courts) => applyEvent(courts, court, { type: 'start', at: now(), flow }, now())),
    trackCourt: ({ court }) => change((courts) => trackCourt(courts, court, now())),
    untrackCourt: ({ court }) => change((courts) => untrackCourt(courts, court)),
    async getPreferences() {
      const { state } = await store.read();
      return state.preferences;
    },
    setPreferences: (changes) =>
      store.update((state) => {
        const preferences = setPreferences(state.preferences, changes);
        return {
          state: preferences === state.preferences ? state : { ...state, preferences },
          result: preferences,
        };
      }),
    importStatuses: ({ statuses }) => change((courts) => importStatuses(courts, statuses)),
    discardSetAside: async () => {
      await store.discardSetAside();
      return null;
    },
  };
}
