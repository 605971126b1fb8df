import type { CourtView, PageReport } from '../messaging/protocol';
import type { GuidePreference, Preferences } from '../progress/preferences';

/** The preferences the guide itself uses. */
export type GuideSettings = Pick<Preferences, 'role' | 'textSize'>;

/** What the guide asks of the background: the single writer of statuses and preferences. */
export interface GuideBackend {
  readonly reportPage: (report: PageReport) => Promise<CourtView | null>;
  readonly getCourtView: (court: string) => Promise<CourtView>;
  readonly setGuidePreference: (
    court: string,
    preference: Partial<GuidePreference>,
  ) => Promise<CourtView>;
  readonly restartCourt: (court: string) => Promise<CourtView>;
  /** "I don't e-file here". */
  readonly markNotNeeded: (court: string) => Promise<CourtView>;
  readonly getPreferences: () => Promise<GuideSettings>;
}
