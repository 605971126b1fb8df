// The guide's backend on the practice court. It answers what the background
// answers on a real court page, by the same reducer, but over the practice
// session's own statuses: it sends nothing to the background, so the real
// statuses are never touched.
import type { CourtView } from '../messaging/protocol';
import { initialCourtStatus } from '../progress/court-status';
import { pageSeenEvent } from '../progress/page-seen-event';
import { reduceCourtStatus } from '../progress/reduce-court-status';
import type { CourtStatusEvent } from '../progress/court-status-event';
import { DEFAULT_GUIDE_PREFERENCE } from '../storage/preferences';
import type { GuideBackend } from '../guide/guide-backend';
import type { PracticeSession } from './practice-session';
import type { PracticeStore } from './practice-store';

/** The guide's backend, answered from the practice status instead of the background. */
export type PracticeBackend = GuideBackend;

export function createPracticeBackend(
  store: PracticeStore,
  now: () => number = Date.now,
): PracticeBackend {
  const view = (court: string): CourtView => {
    const session = store.get();
    return {
      court,
      // The simulated court is the one being demonstrated: tracked, as the filer's own would be.
      tracked: court === session.court || Object.hasOwn(session.statuses, court),
      status: session.statuses[court] ?? initialCourtStatus(now()),
      guide: session.guide[court] ?? DEFAULT_GUIDE_PREFERENCE,
    };
  };

  const apply = (court: string, event: CourtStatusEvent): CourtView => {
    store.update((session: PracticeSession) => {
      const before = session.statuses[court];
      const after = reduceCourtStatus(before ?? initialCourtStatus(now()), event);
      return after === before
        ? session
        : { ...session, statuses: { ...session.statuses, [court]: after } };
    });
    return view(court);
  };

  return {
    reportPage(report) {
      // PACER's account pages name no court: in the practice they are the simulated court's.
      const court = report.court ?? store.get().court;
      const event = pageSeenEvent(court, report, now());
      if (!event) return Promise.resolve(view(court));
      // A demonstration is a flow started on purpose, from its first page on.
      if (court === store.get().court && report.flow) {
        apply(court, { type: 'start', at: now(), flow: report.flow });
      }
      return Promise.resolve(apply(court, event));
    },
    getCourtView: (court) => Promise.resolve(view(court)),
    setGuidePreference(court, preference) {
      store.update((session) => ({
        ...session,
        guide: { ...session.guide, [court]: { ...view(court).guide, ...preference } },
      }));
      return Promise.resolve(view(court));
    },
    restartCourt: (court) => Promise.resolve(apply(court, { type: 'reset', at: now() })),
    markNotNeeded: (court) =>
      Promise.resolve(apply(court, { type: 'set-by-hand', at: now(), status: 'not-needed' })),
    getPreferences() {
      // No role: the guide points at both registration entries, as for a filer who has not said.
      return Promise.resolve({ role: null, textSize: store.get().textSize });
    },
  };
}
