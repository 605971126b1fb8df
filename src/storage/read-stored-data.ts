// Reading storage never trusts it: every part is validated, damaged parts are
// set aside with the reason (never dropped), and the rest is used. Pure: the
// store writes back what this returns.

import * as v from 'valibot';
import { courtById } from '../flows/court-registry';
import type { CourtStatus } from '../progress/court-status';
import type { RawStorage } from './migrations';
import { isRecord, LEGACY_KEYS, migrate, storedVersion } from './migrations';
import type { GuidePreference, Preferences } from './preferences';
import { DEFAULT_PREFERENCES } from './preferences';
import { guidePreferenceSchema, roleSchema, textSizeSchema } from './preferences-schema';
import { courtStatusSchema, describeIssues } from './status-schema';
import type { SetAsideEntry, StoredState } from './stored-layout';
import { KEYS, setAsideEntrySchema, STORAGE_VERSION } from './stored-layout';

export interface StoredData {
  readonly state: StoredState;
  /** Everything set aside so far, including what this read found. */
  readonly setAside: readonly SetAsideEntry[];
  /** True when storage must be rewritten: migrated, or something was set aside. */
  readonly needsRepair: boolean;
}

/** The keys this extension reads, current and legacy. */
export const STORED_KEYS: readonly string[] = [...Object.values(KEYS), ...LEGACY_KEYS];

export function readStoredData(raw: RawStorage, now: number): StoredData {
  const found: SetAsideEntry[] = [];
  const setAside = (from: string, reason: string, value: unknown): void => {
    found.push({ from, reason, at: now, value });
  };

  const earlier = readSetAside(raw[KEYS.setAside], setAside);
  const { data, migrated } = bringUpToDate(raw, setAside);
  const state: StoredState = {
    statuses: readRecord(data[KEYS.statuses], KEYS.statuses, readStatus, setAside),
    preferences: readPreferences(data[KEYS.preferences], setAside),
  };
  const hasLegacyKeys = LEGACY_KEYS.some((key) => raw[key] !== undefined);
  return {
    state,
    setAside: [...earlier, ...found],
    needsRepair: migrated || found.length > 0 || hasLegacyKeys,
  };
}

type SetAside = (from: string, reason: string, value: unknown) => void;

function bringUpToDate(
  raw: RawStorage,
  setAside: SetAside,
): { data: RawStorage; migrated: boolean } {
  const version = storedVersion(raw);
  switch (version.kind) {
    case 'known':
      return {
        data: migrate(raw, version.version),
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
      return readWithoutVersion(rest);
    }
  }
}

function readWithoutVersion(rest: RawStorage): { data: RawStorage; migrated: boolean } {
  const guess = storedVersion(rest);
  return {
    data: migrate(rest, guess.kind === 'known' ? guess.version : STORAGE_VERSION),
    migrated: true,
  };
}

function readSetAside(value: unknown, setAside: SetAside): SetAsideEntry[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    setAside(KEYS.setAside, 'not a list of set-aside data', value);
    return [];
  }
  return value.flatMap((entry: unknown) => {
    const result = v.safeParse(setAsideEntrySchema, entry);
    if (result.success) return [result.output];
    setAside(KEYS.setAside, describeIssues(result.issues), entry);
    return [];
  });
}

/** A record whose entries are kept or set aside one by one. */
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
  for (const [key, entry] of Object.entries(value)) {
    const result = readEntry(key, entry);
    if (result.ok) kept[key] = result.value;
    else setAside(`${where}.${key}`, result.reason, entry);
  }
  return kept;
}

function checked<T>(
  schema: v.GenericSchema<unknown, T>,
  key: string,
  entry: unknown,
): { ok: true; value: T } | { ok: false; reason: string } {
  if (courtById(key) === undefined) return { ok: false, reason: `${key} is not a known court id` };
  const result = v.safeParse(schema, entry);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, reason: describeIssues(result.issues) };
}

const readStatus = (key: string, entry: unknown) =>
  checked<CourtStatus>(courtStatusSchema, key, entry);
const readGuide = (key: string, entry: unknown) =>
  checked<GuidePreference>(guidePreferenceSchema, key, entry);

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
    role: field('role', roleSchema, DEFAULT_PREFERENCES.role),
    textSize: field('textSize', textSizeSchema, DEFAULT_PREFERENCES.textSize),
    guide: readRecord(value.guide, `${KEYS.preferences}.guide`, readGuide, setAside),
  };
}
