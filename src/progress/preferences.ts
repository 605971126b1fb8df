// The filer's choices, stored beside the statuses and changed by preference-changes.ts. Plain JSON.

/** Decides which PACER registration entry the guide highlights on the Maintenance tab. */
export type Role = 'attorney' | 'non-attorney';

/** For presenting the guide on a projector or to a colleague. */
export type TextSize = 'standard' | 'large' | 'larger';

export const ROLES: readonly Role[] = ['attorney', 'non-attorney'];
export const TEXT_SIZES: readonly TextSize[] = ['standard', 'large', 'larger'];

/** The filer's choices for the guide in one court. */
export interface GuidePreference {
  /** The guide shows as a small pill until expanded. */
  readonly collapsed: boolean;
  /** False: the filer turned the guide off in this court. */
  readonly enabled: boolean;
}

export interface Preferences {
  /** Null until the filer says: the guide then points at both registration entries. */
  readonly role: Role | null;
  readonly textSize: TextSize;
  /** By court id; a court with no entry gets DEFAULT_GUIDE_PREFERENCE. */
  readonly guide: Readonly<Record<string, GuidePreference>>;
}

export const DEFAULT_GUIDE_PREFERENCE: GuidePreference = { collapsed: false, enabled: true };

export const DEFAULT_PREFERENCES: Preferences = { role: null, textSize: 'standard', guide: {} };

/** The court's guide preference in `of` (the stored preferences, or the courts a change sees). */
export function guidePreferenceOf(of: Pick<Preferences, 'guide'>, court: string): GuidePreference {
  return of.guide[court] ?? DEFAULT_GUIDE_PREFERENCE;
}
