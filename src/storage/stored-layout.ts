// What browser.storage.local holds, version 1. One key per part, so that a
// damaged part is set aside without touching the others:
//
//   version      1
//   statuses     { [court id]: CourtStatus }   a court with an entry is in "My courts"
//   preferences  { role, textSize, guide: { [court id]: { collapsed, enabled } } }
//   setAside     [SetAsideEntry]               damaged data, kept until the filer discards it
//
// Version 0 and how it becomes 1: see migrations.ts.

import * as v from 'valibot';
import type { CourtStatus } from '../progress/court-status';
import type { Preferences } from './preferences';

export const STORAGE_VERSION = 1;

export const KEYS = {
  version: 'version',
  statuses: 'statuses',
  preferences: 'preferences',
  setAside: 'setAside',
} as const;

export interface StoredState {
  readonly statuses: Readonly<Record<string, CourtStatus>>;
  readonly preferences: Preferences;
}

/** Data that failed validation, moved out of the way so the extension keeps working. */
export interface SetAsideEntry {
  /** Where it was, e.g. `statuses`, `statuses.mnd`, `preferences.role`. */
  readonly from: string;
  readonly reason: string;
  /** When it was set aside, epoch milliseconds. */
  readonly at: number;
  /** Exactly what was stored. */
  readonly value: unknown;
}

export const setAsideEntrySchema = v.object({
  from: v.string(),
  reason: v.string(),
  at: v.number(),
  value: v.unknown(),
});
