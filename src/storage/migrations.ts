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
// A migration only moves data: it never judges it. What does not fit is
// carried over as it is, so that validation sets it aside rather than a
// migration dropping it.

import { KEYS, STORAGE_VERSION } from './stored-layout';

export type RawStorage = Readonly<Record<string, unknown>>;

/** Keys earlier versions used and version 1 does not. */
export const LEGACY_KEYS = ['courtStatuses', 'guide'] as const;

/** MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: readonly ((raw: RawStorage) => RawStorage)[] = [fromVersion0];

function fromVersion0(raw: RawStorage): RawStorage {
  const migrated: Record<string, unknown> = { [KEYS.version]: 1 };
  if (raw.courtStatuses !== undefined) migrated[KEYS.statuses] = raw.courtStatuses;
  if (raw.guide !== undefined) {
    migrated[KEYS.preferences] = {
      role: null,
      textSize: 'standard',
      guide: guideFromVersion0(raw.guide),
    };
  }
  if (raw[KEYS.setAside] !== undefined) migrated[KEYS.setAside] = raw[KEYS.setAside];
  return migrated;
}

function guideFromVersion0(guide: unknown): unknown {
  if (!isRecord(guide)) return guide;
  return Object.fromEntries(
    Object.entries(guide).map(([court, entry]) => {
      if (!isRecord(entry) || typeof entry.hidden !== 'boolean') return [court, entry];
      const { hidden, ...rest } = entry;
      return [court, { ...rest, enabled: !hidden }];
    }),
  );
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
    const isVersion0 = LEGACY_KEYS.some((key) => raw[key] !== undefined);
    return { kind: 'known', version: isVersion0 ? 0 : STORAGE_VERSION };
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    return { kind: 'unreadable', value };
  if (value > STORAGE_VERSION) return { kind: 'newer', version: value };
  return { kind: 'known', version: value };
}

/** `raw`, written in layout `version`, brought to the current layout. */
export function migrate(raw: RawStorage, version: number): RawStorage {
  return MIGRATIONS.slice(version).reduce((data, step) => step(data), raw);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
