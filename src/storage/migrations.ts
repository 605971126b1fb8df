// Older layouts of browser.storage.local, and how each becomes the next.
// Statuses survive an extension update because the new version migrates
// what the old one wrote instead of starting over.
//
// Version 0, the first builds (no `version` key):
//   courtStatuses  { [court id]: CourtStatus }
//   guide          { [court id]: { collapsed: boolean, hidden: boolean } }
//
// Version 1: see stored-layout.ts. The keys were renamed, `hidden` became
// `enabled` (the opposite), and the guide moved into `preferences` beside the
// role and text size that version 1 added.
//
// A migration only moves data: it never judges whether it is valid. What does not fit is
// carried over as it is, so that validation sets it aside rather than a
// migration dropping it.
//
// Old keys beside new ones (a build that wrote both, a copy restored by hand,
// an update stopped between writing the new keys and removing the old) are
// merged court by court, whatever the version says: the new key's entry wins,
// an old entry that differs is set aside, courts only in the old key are
// carried over. The store removes the old keys only once that is written.

import { briefly } from './brief-text';
import { KEYS, LEGACY_KEYS, STORAGE_VERSION } from './stored-layout';

export type RawStorage = Readonly<Record<string, unknown>>;

/** Moves data out of the way, with why: see read-stored-data.ts. */
export type SetAside = (from: string, reason: string, value: unknown) => void;

/** MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: readonly ((raw: RawStorage, setAside: SetAside) => RawStorage)[] = [fromVersion0];

function fromVersion0(raw: RawStorage, setAside: SetAside): RawStorage {
  return { ...mergeVersion0Keys(raw, setAside), [KEYS.version]: 1 };
}

/** Version 0's keys moved into version 1's, merged with what those already hold. */
function mergeVersion0Keys(raw: RawStorage, setAside: SetAside): RawStorage {
  const { courtStatuses, guide, ...rest } = raw;
  const merged: Record<string, unknown> = { ...rest };
  if (courtStatuses !== undefined) {
    const names = { newer: KEYS.statuses, older: 'courtStatuses' };
    merged[KEYS.statuses] = mergeByCourt(rest[KEYS.statuses], courtStatuses, names, setAside);
  }
  if (guide !== undefined)
    merged[KEYS.preferences] = withGuide(rest[KEYS.preferences], guide, setAside);
  return merged;
}

function withGuide(preferences: unknown, guide: unknown, setAside: SetAside): unknown {
  const names = { newer: `${KEYS.preferences}.guide`, older: 'guide' };
  if (preferences === undefined) {
    const fresh = mergeByCourt(undefined, guide, names, setAside, guideFromVersion0);
    return { role: null, textSize: 'standard', guide: fresh };
  }
  if (!isRecord(preferences)) {
    setAside('guide', `not merged into ${KEYS.preferences}, which was kept: not an object`, guide);
    return preferences;
  }
  const merged = mergeByCourt(preferences.guide, guide, names, setAside, guideFromVersion0);
  return { ...preferences, guide: merged };
}

/**
 * `newer` with the courts of `older` it lacks. An older entry that differs
 * from the newer one is set aside as it was stored; one that is the same (an
 * update stopped before removing it) has nothing to add.
 */
function mergeByCourt(
  newer: unknown,
  older: unknown,
  names: { readonly newer: string; readonly older: string },
  setAside: SetAside,
  migrateEntry: (entry: unknown) => unknown = (entry) => entry,
): unknown {
  if (newer === undefined && !isRecord(older)) return older;
  const kept = newer === undefined ? {} : newer;
  if (!isRecord(kept) || !isRecord(older)) {
    setAside(
      names.older,
      `not merged into ${names.newer}, which was kept: the two are not both objects of courts`,
      older,
    );
    return kept;
  }
  const carried: [string, unknown][] = [];
  for (const [court, entry] of Object.entries(older)) {
    const migrated = migrateEntry(entry);
    if (!Object.hasOwn(kept, court)) carried.push([court, migrated]);
    else if (!isSameJson(kept[court], migrated)) {
      const where = briefly(court);
      setAside(
        `${names.older}.${where}`,
        `an older copy: ${names.newer}.${where} differs, and was kept`,
        entry,
      );
    }
  }
  // fromEntries, not assignment: a court named __proto__ stays an entry.
  return { ...kept, ...Object.fromEntries(carried) };
}

function guideFromVersion0(entry: unknown): unknown {
  if (!isRecord(entry) || typeof entry.hidden !== 'boolean') return entry;
  const { hidden, ...rest } = entry;
  return { ...rest, enabled: !hidden };
}

export type StoredVersion =
  | { readonly kind: 'known'; readonly version: number }
  /** Written by a later release (the extension was downgraded): this one cannot read it. */
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'unreadable'; readonly value: unknown };

/** Which layout `raw` is in. Empty storage is a fresh install: the current layout. */
export function storedVersion(raw: RawStorage): StoredVersion {
  const value = raw[KEYS.version];
  if (value === undefined) {
    return { kind: 'known', version: hasLegacyKeys(raw) ? 0 : STORAGE_VERSION };
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    return { kind: 'unreadable', value };
  if (value > STORAGE_VERSION) return { kind: 'newer', version: value };
  return { kind: 'known', version: value };
}

/** `raw`, written in layout `version`, brought to the current layout. */
export function migrate(raw: RawStorage, version: number, setAside: SetAside): RawStorage {
  // Version 0's keys left beside a later layout: merged as version 0's own migration merges them.
  const from = version > 0 && hasLegacyKeys(raw) ? mergeVersion0Keys(raw, setAside) : raw;
  return MIGRATIONS.slice(version).reduce((data, step) => step(data, setAside), from);
}

export function hasLegacyKeys(raw: RawStorage): boolean {
  return LEGACY_KEYS.some((key) => raw[key] !== undefined);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Equal as JSON, whatever the order of the keys. */
function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a))
    return (
      Array.isArray(b) && a.length === b.length && a.every((item, i) => isSameJson(item, b[i]))
    );
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && isSameJson(a[key], b[key]))
  );
}
