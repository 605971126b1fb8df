// Set-aside entries, made and read back bounded: whatever was damaged, an
// entry takes a few hundred bytes besides its value, and a value too large to
// keep is summarised. The repair that moves damaged data aside then always
// takes less room than the data did, so it fits wherever the data fitted.

import * as v from 'valibot';
import { briefly, REASON_LENGTH } from './brief-text';
import type { SetAside } from './migrations';
import { describeIssues } from './status-schema';
import type { SetAsideEntry } from './stored-layout';
import { KEYS } from './stored-layout';
import { keepOrSummarise, VALUE_TYPES } from './value-summary';

const base = { from: v.string(), reason: v.string(), at: v.number() };

// Loose, as the statuses are: what a later version adds to an entry survives.
const setAsideEntrySchema = v.union([
  v.looseObject({ ...base, value: v.unknown() }),
  v.looseObject({
    ...base,
    tooLargeToKeep: v.looseObject({
      note: v.string(),
      bytes: v.number(),
      type: v.picklist(VALUE_TYPES),
      start: v.string(),
    }),
  }),
]);

export function setAsideEntry(
  from: string,
  reason: string,
  at: number,
  value: unknown,
): SetAsideEntry {
  return {
    from: briefly(from, REASON_LENGTH),
    reason: briefly(reason, REASON_LENGTH),
    at,
    ...keepOrSummarise(value),
  };
}

export interface EarlierEntries {
  readonly entries: SetAsideEntry[];
  /** Some were written by versions whose reasons copied the value: storage should be rewritten. */
  readonly clipped: boolean;
}

/** What was set aside before; a damaged entry is itself set aside, never dropped. */
export function readEarlierEntries(value: unknown, setAside: SetAside): EarlierEntries {
  if (value === undefined) return { entries: [], clipped: false };
  if (!Array.isArray(value)) {
    setAside(KEYS.setAside, 'not a list of set-aside data', value);
    return { entries: [], clipped: false };
  }
  const entries: SetAsideEntry[] = [];
  let clipped = false;
  for (const entry of value as unknown[]) {
    const result = v.safeParse(setAsideEntrySchema, entry);
    if (!result.success) {
      setAside(KEYS.setAside, describeIssues(result.issues), entry);
      continue;
    }
    const read: SetAsideEntry = result.output;
    const bounded = withBriefWords(read);
    clipped ||= bounded !== read;
    entries.push(bounded);
  }
  return { entries, clipped };
}

/** The entry, its place and reason clipped; the value it keeps stays whole. */
function withBriefWords(entry: SetAsideEntry): SetAsideEntry {
  if (entry.from.length <= REASON_LENGTH && entry.reason.length <= REASON_LENGTH) return entry;
  return {
    ...entry,
    from: briefly(entry.from, REASON_LENGTH),
    reason: briefly(entry.reason, REASON_LENGTH),
  };
}
