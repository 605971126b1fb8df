// What browser.storage.local holds, version 1. One key per part, so that a
// damaged part is set aside without touching the others:
//
//   version      1
//   statuses     { [court id]: CourtStatus }   a court with an entry is in "My courts"
//   preferences  { role, textSize, guide: { [court id]: { collapsed, enabled } } }
//   setAside     [SetAsideEntry]               damaged data, kept until the filer discards it
//
// Version 0 and how it becomes 1: see migrations.ts.
//
// A set-aside entry holds the damaged value itself, or, for a value too large
// to keep, only its summary (see value-summary.ts). Entries written before
// summaries existed hold a value, and still read.
//
// Types and key names only: the content script reads preferences by these
// names on every court page, and a schema here would bring valibot with it
// (set-aside-entries.ts has the entries' schema).

import type { CourtStatus } from '../progress/court-status';
import type { Preferences } from '../progress/preferences';
import type { ValueSummary } from './value-summary';

export const STORAGE_VERSION = 1;

export const KEYS = {
  version: 'version',
  statuses: 'statuses',
  preferences: 'preferences',
  setAside: 'setAside',
} as const;

/** Keys earlier versions used and version 1 does not (migrations.ts). */
export const LEGACY_KEYS = ['courtStatuses', 'guide'] as const;

/** Every key a read of the stored data asks for: this version's and the legacy ones to migrate. */
// Marked pure, so that a bundle importing only KEYS (the gate, the guide) drops it.
export const STORED_KEYS: readonly string[] = /* @__PURE__ */ storedKeys();

function storedKeys(): string[] {
  return [...Object.values(KEYS), ...LEGACY_KEYS];
}

export interface StoredState {
  readonly statuses: Readonly<Record<string, CourtStatus>>;
  readonly preferences: Preferences;
}

/** Data that failed validation, moved out of the way so the extension keeps working. */
export type SetAsideEntry = KeptEntry | SummarisedEntry;

interface SetAsideBase {
  /** Where it was, e.g. `statuses`, `statuses.mnd`, `preferences.role`. */
  readonly from: string;
  /** Quotes the value only briefly: see brief-text.ts. */
  readonly reason: string;
  /** When it was set aside, epoch milliseconds. */
  readonly at: number;
}

export interface KeptEntry extends SetAsideBase {
  /** Exactly what was stored. */
  readonly value: unknown;
}

/** The value was too large to keep: only its summary was. */
export interface SummarisedEntry extends SetAsideBase {
  readonly tooLargeToKeep: ValueSummary;
}
