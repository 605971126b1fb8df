// Changes to the filer's choices, as pure functions; each returns its input
// itself when nothing changes, so that nothing is written.
import { courtView, type Courts, type CourtsChange, type CourtView } from './court-view';
import type { GuidePreference, Preferences } from './preferences';
import { guidePreferenceOf } from './preferences';

/** The guide collapsed or expanded, on or off, in one court. */
export function setGuidePreference(
  courts: Courts,
  court: string,
  changes: Partial<GuidePreference>,
  at: number,
): CourtsChange<CourtView> {
  const before = guidePreferenceOf(courts, court);
  const after = { ...before, ...changes };
  const same = after.collapsed === before.collapsed && after.enabled === before.enabled;
  const next = same ? courts : { ...courts, guide: { ...courts.guide, [court]: after } };
  return { courts: next, result: courtView(next, court, at) };
}

/** The role and the text size, each left as it is when not given. */
export function setPreferences(
  preferences: Preferences,
  changes: Partial<Pick<Preferences, 'role' | 'textSize'>>,
): Preferences {
  const after: Preferences = {
    ...preferences,
    role: changes.role === undefined ? preferences.role : changes.role,
    textSize: changes.textSize ?? preferences.textSize,
  };
  return after.role === preferences.role && after.textSize === preferences.textSize
    ? preferences
    : after;
}
