// The courts as every change sees them, and one court as a page sees it. The
// background keeps them in browser.storage.local, the practice court in its
// session: the changes in court-changes.ts and preference-changes.ts are the
// same for both, and know neither.
import type { CourtStatus } from './court-status';
import { initialCourtStatus } from './court-status';
import type { GuidePreference } from './preferences';
import { guidePreferenceOf } from './preferences';

export interface Courts {
  /** A court with an entry is in "My courts". */
  readonly statuses: Readonly<Record<string, CourtStatus>>;
  /** By court id; a court with no entry gets DEFAULT_GUIDE_PREFERENCE. */
  readonly guide: Readonly<Record<string, GuidePreference>>;
}

/** What a change makes of the courts, and what to answer the caller. */
export interface CourtsChange<T> {
  /** The same object when nothing changes: then nothing is written. */
  readonly courts: Courts;
  readonly result: T;
}

/** What a page needs to know about its court to show the guide. */
export interface CourtView {
  readonly court: string;
  /** The court is in "My courts" (the filer started it, or a page proved something there). */
  readonly tracked: boolean;
  readonly status: CourtStatus;
  readonly guide: GuidePreference;
}

export function courtView(courts: Courts, court: string, at: number): CourtView {
  return {
    court,
    tracked: Object.hasOwn(courts.statuses, court),
    status: courts.statuses[court] ?? initialCourtStatus(at),
    guide: guidePreferenceOf(courts, court),
  };
}
