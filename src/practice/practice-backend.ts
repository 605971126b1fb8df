// The guide's backend on the practice court. It answers what the background
// answers on a real court page, by the same changes (src/progress/), but over
// the practice session's own statuses: it sends nothing to the background, so
// the real statuses are never touched.
import type { GuideBackend } from '../guide/guide-backend';
import type { PageReport } from '../messaging/protocol';
import { applyReport } from '../progress/apply-report';
import { applyEvent } from '../progress/court-changes';
import { courtView, type Courts, type CourtsChange } from '../progress/court-view';
import { setGuidePreference } from '../progress/preference-changes';
import { withCourts } from './practice-session';
import type { PracticeStore } from './practice-store';

/** The guide's backend, answered from the practice status instead of the background. */
export type PracticeBackend = GuideBackend;

/**
 * A demonstration is a flow started on purpose, as with the popup's Start:
 * from its first page on, the simulated court's pages count, the court's
 * everyday pages included.
 */
function startDemonstration(courts: Courts, court: string, report: PageReport, at: number): Courts {
  if (report.training || report.flow === null || (report.court ?? court) !== court) return courts;
  return applyEvent(courts, court, { type: 'start', at, flow: report.flow }, at).courts;
}

export function createPracticeBackend(
  store: PracticeStore,
  now: () => number = Date.now,
): PracticeBackend {
  // The store changes synchronously: nothing comes between the read and the write.
  const change = <T>(changeCourts: (courts: Courts) => CourtsChange<T>): Promise<T> => {
    const session = store.get();
    const { courts, result } = changeCourts(session);
    store.update(() => withCourts(session, courts));
    return Promise.resolve(result);
  };

  return {
    reportPage(report) {
      const simulated = store.get().court;
      const at = now();
      // PACER's account pages name no court: in the practice they are the simulated court's.
      return change((courts) =>
        applyReport(startDemonstration(courts, simulated, report, at), report, at, () => simulated),
      );
    },
    getCourtView: (court) => Promise.resolve(courtView(store.get(), court, now())),
    setGuidePreference: (court, preference) =>
      change((courts) => setGuidePreference(courts, court, preference, now())),
    restartCourt: (court) =>
      change((courts) => applyEvent(courts, court, { type: 'reset', at: now() }, now())),
    markNotNeeded: (court) =>
      change((courts) =>
        applyEvent(courts, court, { type: 'set-by-hand', at: now(), status: 'not-needed' }, now()),
      ),
    getPreferences() {
      // No role: the guide points at both registration entries, as for a filer who has not said.
      return Promise.resolve({ role: null, textSize: store.get().textSize });
    },
  };
}
