// The background keeps the courts in the stored state: the statuses, and the
// guide preferences among the filer's other choices.
import type { Courts, CourtsChange } from '../progress/court-view';
import type { Change } from '../storage/court-store';
import type { StoredState } from '../storage/stored-layout';

export function courtsOf(state: StoredState): Courts {
  return { statuses: state.statuses, guide: state.preferences.guide };
}

/** A change to the courts, as a change to the stored state: the state itself when nothing changes. */
export function onStoredCourts<T>(
  change: (courts: Courts) => CourtsChange<T>,
): (state: StoredState) => Change<T> {
  return (state) => {
    const { courts, result } = change(courtsOf(state));
    const { preferences } = state;
    if (courts.statuses === state.statuses && courts.guide === preferences.guide) {
      return { state, result };
    }
    return {
      state: {
        ...state,
        statuses: courts.statuses,
        preferences:
          courts.guide === preferences.guide
            ? preferences
            : { ...preferences, guide: courts.guide },
      },
      result,
    };
  };
}
