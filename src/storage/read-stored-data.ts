// Reading storage never trusts it: every part is validated, damaged parts are
// set aside with the reason (never dropped), and the rest is used. Pure: the
// store writes back what this returns.

import * as v from 'valibot';
import { courtById } from '../flows/court-registry';
import type { CourtStatus } from '../progress/court-status';
import { briefly } from './brief-text';
import type { RawStorage, SetAside } from './migrations';
import { hasLegacyKeys, isRecord, migrate, storedVersion } from './migrations';
import type { GuidePreference, Preferences } from '../progress/preferences';
import { DEFAULT_PREFERENCES } from '../progress/preferences';
import { roleSchema, storedGuidePreferenceSchema, textSizeSchema } from './preferences-schema';
import { readEarlierEntries, setAsideEntry } from './set-aside-entries';
import { courtStatusSchema, describeIssues } from './status-schema';
import type { SetAsideEntry, StoredState } from './stored-layout';
import { KEYS, STORAGE_VERSION } from './stored-layout';

export interface StoredData {
  readonly state: StoredState;
  /** Everything set aside so far, including what this read found. */
  readonly setAside: readonly SetAsideEntry[];
  /** True when storage must be rewritten: migrated, or something was set aside. */
  readonly needsRepair: boolean;
}

export function readStoredData(raw: RawStorage, now: number): StoredData {
  const found: SetAsideEntry[] = [];
  const setAside: SetAside = (from, reason, value) => {
    found.push(setAsideEntry(from, reason, now, value));
  };

  const earlier = readEarlierEntries(raw[KEYS.setAside], setAside);
  const { data, migrated } = bringUpToDate(raw, setAside);
  const state: StoredState = {
    statuses: readRecord(data[KEYS.statuses], KEYS.statuses, readStatus, setAside),
    preferences: readPreferences(data[KEYS.preferences], setAside),
  };
  return {
    state,
    // A spread into a list, never into a call's arguments: 150,000 entries would overflow the stack.
    setAside: [...earlier.entries, ...found],
    needsRepair: migrated || found.length > 0 || earlier.clipped || hasLegacyKeys(raw),
  };
}

function bringUpToDate(
  raw: RawStorage,
  setAside: SetAside,
): { data: RawStorage; migrated: boolean } {
  const version = storedVersion(raw);
  switch (version.kind) {
    case 'known':
      return {
        data: migrate(raw, version.version, setAside),
        migrated: version.version !== STORAGE_VERSION || raw[KEYS.version] === undefined,
      };
    case 'newer': {
      // A later release wrote this; guessing at its layout could garble it.
      const ours = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== KEYS.setAside));
      setAside(
        'storage',
        `written by a newer version of the extension (storage version ${version.version})`,
        ours,
      );
      return { data: {}, migrated: true };
    }
    case 'unreadable': {
      setAside(KEYS.version, 'not a storage version', version.value);
      const rest: Record<string, unknown> = { ...raw };
      delete rest[KEYS.version];
      const guess = storedVersion(rest);
      const layout = guess.kind === 'known' ? guess.version : STORAGE_VERSION;
      return { data: migrate(rest, layout, setAside), migrated: true };
    }
  }
}

/**
 * Past this many damaged entries in one record, they are set aside together,
 * as one entry holding them all: an entry per court costs about 100 bytes
 * besides its value, so 150,000 small damaged entries (2 MB as stored) would
 * need 15 MB set aside one by one, more than Chrome's 10 MB quota, and no
 * save could be written again. Together they take no more room than they
 * took where they were (and a group too large is summarised, see
 * value-summary.ts). 188 courts never come near it.
 */
export const SET_ASIDE_ONE_BY_ONE = 200;

/** How many of a group's reasons its entry quotes. */
const GROUP_REASONS = 3;

/** A record whose entries are kept or set aside one by one (or, when many, together). */
function readRecord<T>(
  value: unknown,
  where: string,
  readEntry: (
    key: string,
    entry: unknown,
  ) => { ok: true; value: T } | { ok: false; reason: string },
  setAside: SetAside,
): Record<string, T> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    setAside(where, 'not an object of courts', value);
    return {};
  }
  const kept: Record<string, T> = {};
  const damaged: { key: string; reason: string; entry: unknown }[] = [];
  for (const [key, entry] of Object.entries(value)) {
    const result = readEntry(key, entry);
    if (result.ok) kept[key] = result.value;
    else damaged.push({ key, reason: result.reason, entry });
  }
  if (damaged.length <= SET_ASIDE_ONE_BY_ONE) {
    for (const { key, reason, entry } of damaged)
      setAside(`${where}.${briefly(key)}`, reason, entry);
  } else {
    const reasons = damaged.slice(0, GROUP_REASONS).map(({ reason }) => reason);
    setAside(
      where,
      `${damaged.length.toLocaleString('en-US')} entries could not be read, among them: ` +
        `${reasons.join('; ')}`,
      Object.fromEntries(damaged.map(({ key, entry }) => [key, entry])),
    );
  }
  return kept;
}

function checked<T>(
  schema: v.GenericSchema<unknown, T>,
  key: string,
  entry: unknown,
): { ok: true; value: T } | { ok: false; reason: string } {
  if (courtById(key) === undefined)
    return { ok: false, reason: `${briefly(key)} is not a known court id` };
  const result = v.safeParse(schema, entry);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, reason: describeIssues(result.issues) };
}

const readStatus = (key: string, entry: unknown) =>
  checked<CourtStatus>(courtStatusSchema, key, entry);
const readGuide = (key: string, entry: unknown) =>
  checked<GuidePreference>(storedGuidePreferenceSchema, key, entry);

function readPreferences(value: unknown, setAside: SetAside): Preferences {
  if (value === undefined) return DEFAULT_PREFERENCES;
  if (!isRecord(value)) {
    setAside(KEYS.preferences, 'not an object of preferences', value);
    return DEFAULT_PREFERENCES;
  }
  const field = <T>(
    name: 'role' | 'textSize',
    schema: v.GenericSchema<unknown, T>,
    fallback: T,
  ): T => {
    if (value[name] === undefined) return fallback;
    const result = v.safeParse(schema, value[name]);
    if (result.success) return result.output;
    setAside(`${KEYS.preferences}.${name}`, describeIssues(result.issues), value[name]);
    return fallback;
  };
  return {
    // Fields a later version added survive, as on the statuses (see status-schema.ts).
    ...value,
    role: field('role', roleSchema, DEFAULT_PREFERENCES.role),
    textSize: field('textSize', textSizeSchema, DEFAULT_PREFERENCES.textSize),
    guide: readRecord(value.guide, `${KEYS.preferences}.guide`, readGuide, setAside),
  };
}
