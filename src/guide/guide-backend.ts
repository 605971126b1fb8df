import type { CourtView, PageReport } from '../messaging/protocol';
import type { GuidePreference, Preferences } from '../storage/preferences';

/** What the guide asks of the background: the single writer of statuses and preferences. */
export interface GuideBackend {
  readonly reportPage: (report: PageReport) => Promise<CourtView | null>;
  readonly getCourtView: (court: string) => Promise<CourtView>;
  readonly setGuidePreference: (
    court: string,
    preference: Partial<GuidePreference>,
  ) => Promise<CourtView>;
  readonly restartCourt: (court: string) => Promise<CourtView>;
  readonly getPreferences: () => Promise<Preferences>;
}
