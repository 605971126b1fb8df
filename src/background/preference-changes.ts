import type { CourtView, GuidePreference, Preferences } from '../messaging/protocol';
import type { Change } from '../storage/court-store';
import { guidePreferenceOf } from '../storage/preferences';
import type { StoredState } from '../storage/stored-layout';
import { courtView } from './court-changes';

export function setGuidePreference(
  state: StoredState,
  court: string,
  changes: Partial<GuidePreference>,
  at: number,
): Change<CourtView> {
  const before = guidePreferenceOf(state.preferences, court);
  const after = { ...before, ...changes };
  const same = after.collapsed === before.collapsed && after.enabled === before.enabled;
  const next = same
    ? state
    : {
        ...state,
        preferences: {
          ...state.preferences,
          guide: { ...state.preferences.guide, [court]: after },
        },
      };
  return { state: next, result: courtView(next, court, at) };
}

export function setPreferences(
  state: StoredState,
  changes: Partial<Pick<Preferences, 'role' | 'textSize'>>,
): Change<Preferences> {
  const { preferences } = state;
  const after: Preferences = {
    ...preferences,
    role: changes.role === undefined ? preferences.role : changes.role,
    textSize: changes.textSize ?? preferences.textSize,
  };
  if (after.role === preferences.role && after.textSize === preferences.textSize) {
    return { state, result: preferences };
  }
  return { state: { ...state, preferences: after }, result: after };
}
