// A storage area that runs out of room, as Chrome's storage.local does at
// QUOTA_BYTES (10 MB): a `set` whose result would exceed the quota changes
// nothing and rejects with Chrome's own message; removing data makes room.
import type { Storage } from '../../src/platform/browser';

/** What Chromium 156 rejects with (seen in the browser tests' Chromium). */
export const CHROME_QUOTA_MESSAGE = 'Resource::kQuotaBytes quota exceeded';

/** Chrome's count: each key's length plus its value's JSON, in UTF-8 bytes. */
export function bytesOf(items: Record<string, unknown>): number {
  return Object.entries(items).reduce(
    (total, [key, value]) =>
      total + Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value) ?? ''),
    0,
  );
}

export interface Quota {
  /** From now on, room for `bytes` more than is stored now. */
  leaveRoom(bytes: number): Promise<void>;
  /** As much room as the test wants again. */
  lift(): void;
  /** How many writes were refused so far. */
  readonly refused: number;
}

type Area = Pick<Storage.StorageArea, 'get' | 'set'>;

/** Puts a quota on `area` (fakeBrowser.storage.local); undone by vi.restoreAllMocks(). */
export function enforceQuota(area: Area, quotaBytes = Infinity): Quota {
  let quota = quotaBytes;
  let refused = 0;
  const set = area.set.bind(area);
  const inUse = async () => bytesOf(await area.get(null));
  vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const after: Record<string, unknown> = { ...(await area.get(null)) };
    for (const [key, value] of Object.entries(items)) {
      if (value === undefined) continue;
      after[key] = value;
    }
    if (bytesOf(after) > quota) {
      refused += 1;
      throw new Error(CHROME_QUOTA_MESSAGE);
    }
    await set(items);
  });
  return {
    async leaveRoom(bytes) {
      quota = (await inUse()) + bytes;
    },
    lift() {
      quota = Infinity;
    },
    get refused() {
      return refused;
    },
  };
}

/** Puts a quota on `area` that leaves no room beyond what is stored now. */
export async function fullQuota(area: Area): Promise<Quota> {
  const quota = enforceQuota(area);
  await quota.leaveRoom(0);
  return quota;
}
