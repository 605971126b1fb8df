// Storage that runs out of room: a refused write loses nothing already stored,
// fails its caller, and the next write succeeds once there is room again.
import { fakeBrowser } from '@webext-core/fake-browser';
import type { CourtStatus } from '../../src/progress/court-status';
import { createCourtStore } from '../../src/storage/court-store';
import { isStorageFull, StorageFullError } from '../../src/storage/storage-full';
import type { StoredState } from '../../src/storage/stored-layout';
import { inProgress, linked, notStarted, T0 } from '../progress/builders';
import { CHROME_QUOTA_MESSAGE, enforceQuota, fullQuota } from '../support/quota-storage';

const local = fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const withCourt =
  (court: string, status: CourtStatus = notStarted) =>
  (state: StoredState) => ({
    state: { ...state, statuses: { ...state.statuses, [court]: status } },
    result: court,
  });

const everything = () => local.get(null);

/** Damaged data as big as a runaway value could make it, beside a good court. */
const DAMAGED = { version: 1, statuses: { mnd: { status: 'linked?', note: 'x'.repeat(5_000) } } };

describe('a store whose storage is full', () => {
  it('refuses the change, keeps what was stored, and takes the next once there is room', async () => {
    const store = createCourtStore(local, () => T0);
    await store.update(withCourt('mnd', inProgress('court-link', 'utilities')));
    const quota = enforceQuota(local);
    await quota.leaveRoom(10);
    const before = await everything();

    const refused = store.update(withCourt('cacb', linked()));
    await expect(refused).rejects.toBeInstanceOf(StorageFullError);
    await expect(refused).rejects.toThrow(CHROME_QUOTA_MESSAGE);
    expect(await everything()).toStrictEqual(before);
    expect((await store.read()).state.statuses).toStrictEqual({
      mnd: inProgress('court-link', 'utilities'),
    });

    quota.lift();
    await store.update(withCourt('cacb', linked()));
    expect((await store.read()).state.statuses).toStrictEqual({
      mnd: inProgress('court-link', 'utilities'),
      cacb: linked(),
    });
    expect(quota.refused).toBe(1);
  });

  it('refuses every change while full, one at a time, and none of them changes anything', async () => {
    const store = createCourtStore(local, () => T0);
    await store.update(withCourt('mnd'));
    const quota = await fullQuota(local);
    const before = await everything();
    const results = await Promise.allSettled(
      ['cacb', 'iasd', 'ncmb'].map((court) => store.update(withCourt(court))),
    );
    expect(results.map((result) => result.status)).toStrictEqual([
      'rejected',
      'rejected',
      'rejected',
    ]);
    expect(await everything()).toStrictEqual(before);
    quota.lift();
    await store.update(withCourt('iasd'));
    expect(Object.keys((await store.read()).state.statuses)).toStrictEqual(['mnd', 'iasd']);
  });

  it('still reads what is stored when the repair of damaged data cannot be written', async () => {
    await local.set(DAMAGED);
    const quota = await fullQuota(local);
    const store = createCourtStore(local, () => T0);

    const { state, setAside } = await store.read();
    expect(state.statuses).toStrictEqual({});
    expect(setAside).toMatchObject([{ from: 'statuses.mnd', value: DAMAGED.statuses.mnd }]);
    // Nothing moved: the damaged data is where it was, to be set aside once there is room.
    expect(await everything()).toStrictEqual(DAMAGED);
    expect(quota.refused).toBe(1);
  });

  it('refuses a change it cannot write together with the pending repair, losing nothing', async () => {
    await local.set(DAMAGED);
    await fullQuota(local);
    const store = createCourtStore(local, () => T0);
    await expect(store.update(withCourt('cacb'))).rejects.toBeInstanceOf(StorageFullError);
    expect(await everything()).toStrictEqual(DAMAGED);
  });

  it('frees the room when the filer discards the damaged data, even before it could be set aside', async () => {
    await local.set(DAMAGED);
    await fullQuota(local);
    const store = createCourtStore(local, () => T0);
    expect((await store.read()).setAside).toHaveLength(1);

    await store.discardSetAside();
    expect(await everything()).toStrictEqual({
      version: 1,
      statuses: {},
      preferences: (await store.read()).state.preferences,
      setAside: [],
    });
    await store.update(withCourt('cacb'));
    expect((await store.read()).state.statuses).toStrictEqual({ cacb: notStarted });
  });
});

describe('isStorageFull', () => {
  it.each([
    ['Chrome at QUOTA_BYTES', new Error(CHROME_QUOTA_MESSAGE), true],
    ['Chrome before 2024', new Error('QUOTA_BYTES quota exceeded'), true],
    ['Firefox', new DOMException('The quota has been exceeded.', 'QuotaExceededError'), true],
    ['a full disk', new Error('IO error: 000003.log: No space left on device (ENOSPC)'), true],
    ['another failure', new Error('Extension context invalidated.'), false],
    ['not an error', 'quota', false],
  ])('%s', (_what, error, full) => {
    expect(isStorageFull(error)).toBe(full);
  });
});
