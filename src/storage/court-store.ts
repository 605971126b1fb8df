// The statuses and preferences in browser.storage.local, for their single
// writer (the background). Every access reads storage afresh, validates it
// and repairs it when needed: the service worker may have been stopped and
// restarted since the last one, so a copy in memory proves nothing.
//
// Storage may be full. A write is one `set`, which the browser applies whole
// or not at all, so a refused write loses nothing; the caller gets a
// StorageFullError, and the next write is tried afresh.

import type { Storage } from '../platform/browser';
import type { RawStorage } from './migrations';
import { readStoredData, type StoredData } from './read-stored-data';
import { createSerialQueue } from './serial-queue';
import { isStorageFull, StorageFullError } from './storage-full';
import type { SetAsideEntry, StoredState } from './stored-layout';
import { KEYS, LEGACY_KEYS, STORAGE_VERSION, STORED_KEYS } from './stored-layout';

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
  /** What is stored. It never fails for want of room: a repair that cannot be written waits. */
  read(): Promise<StoreSnapshot>;
  /** A read-modify-write, run after every earlier one has finished. Rejects when it cannot be written. */
  update<T>(change: (state: StoredState) => Change<T>): Promise<T>;
  /** The filer has saved the set-aside data (or chose not to): forget it, which also makes room. */
  discardSetAside(): Promise<void>;
}

type StorageArea = Pick<Storage.StorageArea, 'get' | 'set' | 'remove'>;

export function createCourtStore(area: StorageArea, now: () => number = Date.now): CourtStore {
  const enqueue = createSerialQueue();

  async function set(items: Record<string, unknown>): Promise<void> {
    try {
      await area.set(items);
    } catch (error) {
      throw isStorageFull(error) ? new StorageFullError(error) : error;
    }
  }

  async function load(): Promise<{ raw: RawStorage; data: StoredData }> {
    const raw = await area.get([...STORED_KEYS]);
    return { raw, data: readStoredData(raw, now()) };
  }

  /**
   * The current layout, whole, in one `set`: an interruption or a refusal
   * leaves the old layout or the new one. Older keys go only once it is written.
   */
  async function writeWhole(
    raw: RawStorage,
    state: StoredState,
    setAside: readonly SetAsideEntry[],
  ): Promise<void> {
    await set({
      [KEYS.version]: STORAGE_VERSION,
      [KEYS.statuses]: state.statuses,
      [KEYS.preferences]: state.preferences,
      [KEYS.setAside]: setAside,
    });
    const legacy = LEGACY_KEYS.filter((key) => raw[key] !== undefined);
    if (legacy.length > 0) await area.remove(legacy);
  }

  async function read(): Promise<StoreSnapshot> {
    const { raw, data } = await load();
    if (data.needsRepair) {
      await writeWhole(raw, data.state, data.setAside).catch((error: unknown) => {
        // Storage still holds what it held; the next access tries the repair again.
        if (!(error instanceof StorageFullError)) throw error;
        console.warn('PACER Link Guide: storage is full, its repair waits', error);
      });
    }
    return { state: data.state, setAside: data.setAside };
  }

  async function update<T>(change: (state: StoredState) => Change<T>): Promise<T> {
    const { raw, data } = await load();
    const next = change(data.state);
    // A repair still to be written goes with the change, in the same `set`.
    if (data.needsRepair) {
      await writeWhole(raw, next.state, data.setAside);
      return next.result;
    }
    const writes: Record<string, unknown> = {};
    if (next.state.statuses !== data.state.statuses) writes[KEYS.statuses] = next.state.statuses;
    if (next.state.preferences !== data.state.preferences)
      writes[KEYS.preferences] = next.state.preferences;
    if (Object.keys(writes).length > 0) await set(writes);
    return next.result;
  }

  async function discardSetAside(): Promise<void> {
    const { raw, data } = await load();
    // Damaged data not yet moved aside goes too: writing the repair without it takes less room.
    if (data.needsRepair) await writeWhole(raw, data.state, []);
    else await set({ [KEYS.setAside]: [] });
  }

  return {
    read: () => enqueue(read),
    update: (change) => enqueue(() => update(change)),
    discardSetAside: () => enqueue(discardSetAside),
  };
}
