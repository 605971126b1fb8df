// The statuses and preferences in browser.storage.local, for their single
// writer (the background). Every access reads storage afresh, validates it
// and repairs it first when needed: the service worker may have been stopped
// and restarted since the last one, so a copy in memory proves nothing.

import type { Storage } from '../platform/browser';
import { readStoredData, STORED_KEYS } from './read-stored-data';
import type { SetAsideEntry, StoredState } from './stored-layout';
import { KEYS, STORAGE_VERSION } from './stored-layout';
import { LEGACY_KEYS } from './migrations';
import { createSerialQueue } from './serial-queue';

export interface StoreSnapshot {
  readonly state: StoredState;
  readonly setAside: readonly SetAsideEntry[];
}

/** What a change makes of the state, and what to answer the caller. */
export interface Change<T> {
  /** The same object when nothing changes: then nothing is written. */
  readonly state: StoredState;
  readonly result: T;
}

export interface CourtStore {
  read(): Promise<StoreSnapshot>;
  /** A read-modify-write, run after every earlier one has finished. */
  update<T>(change: (state: StoredState) => Change<T>): Promise<T>;
  /** The filer has saved the set-aside data (or chose not to): forget it. */
  discardSetAside(): Promise<void>;
}

type StorageArea = Pick<Storage.StorageArea, 'get' | 'set' | 'remove'>;

export function createCourtStore(area: StorageArea, now: () => number = Date.now): CourtStore {
  const enqueue = createSerialQueue();

  async function load(): Promise<StoreSnapshot> {
    const raw = await area.get([...STORED_KEYS]);
    const data = readStoredData(raw, now());
    if (data.needsRepair) {
      // One `set` for everything, so an interruption leaves the old layout or the new one.
      await area.set({
        [KEYS.version]: STORAGE_VERSION,
        [KEYS.statuses]: data.state.statuses,
        [KEYS.preferences]: data.state.preferences,
        [KEYS.setAside]: data.setAside,
      });
      const legacy = LEGACY_KEYS.filter((key) => raw[key] !== undefined);
      if (legacy.length > 0) await area.remove(legacy);
    }
    return { state: data.state, setAside: data.setAside };
  }

  return {
    read: () => enqueue(load),
    update: <T>(change: (state: StoredState) => Change<T>) =>
      enqueue(async () => {
        const { state } = await load();
        const next = change(state);
        const writes: Record<string, unknown> = {};
        if (next.state.statuses !== state.statuses) writes[KEYS.statuses] = next.state.statuses;
        if (next.state.preferences !== state.preferences)
          writes[KEYS.preferences] = next.state.preferences;
        if (Object.keys(writes).length > 0) await area.set(writes);
        return next.result;
      }),
    discardSetAside: () =>
      enqueue(async () => {
        await load();
        await area.set({ [KEYS.setAside]: [] });
      }),
  };
}
