// The store's queue and its writes, against the in-memory browser.
import { fakeBrowser } from '@webext-core/fake-browser';
import type { StoredState } from '../../src/storage/stored-layout';
import { createCourtStore } from '../../src/storage/court-store';
import { createSerialQueue } from '../../src/storage/serial-queue';
import { linked, notStarted, T0 } from '../progress/builders';

const local = fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
});

const addCourt = (court: string) => (state: StoredState) => ({
  state: { ...state, statuses: { ...state.statuses, [court]: notStarted } },
  result: court,
});

describe('createSerialQueue', () => {
  it('runs tasks one at a time, in order, and a failure does not stop the next', async () => {
    const enqueue = createSerialQueue();
    const log: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      enqueue(task('a')),
      enqueue(task('b', true)),
      enqueue(task('c')),
    ]);
    expect(log).toStrictEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((result) => result.status)).toStrictEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
  });
});

describe('createCourtStore', () => {
  it('loses no update when many changes overlap', async () => {
    const store = createCourtStore(local);
    const courts = ['mnd', 'cacb', 'iasd', 'ncmb', 'cob', 'nysd', 'cand', 'ctd', 'nvb', 'wiwb'];
    await Promise.all(courts.map((court) => store.update(addCourt(court))));
    const { state } = await store.read();
    expect(Object.keys(state.statuses).sort()).toStrictEqual([...courts].sort());
  });

  it('writes only the part that changed, and nothing when nothing changed', async () => {
    const store = createCourtStore(local);
    await store.read();
    const set = vi.spyOn(local, 'set');

    await store.update((state) => ({ state, result: null }));
    expect(set).not.toHaveBeenCalled();

    await store.update(addCourt('mnd'));
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]?.[0] ?? {})).toStrictEqual(['statuses']);
  });

  it('survives a restart: a new store over the same storage reads what the last one wrote', async () => {
    await createCourtStore(local).update((state) => ({
      state: { ...state, statuses: { cacb: linked() } },
      result: null,
    }));
    const { state } = await createCourtStore(local).read();
    expect(state.statuses).toStrictEqual({ cacb: linked() });
  });

  it('moves damaged data aside in storage, keeps it until discarded, and keeps working meanwhile', async () => {
    await local.set({ version: 1, statuses: { mnd: { status: 'linked?' }, cacb: linked() } });
    const store = createCourtStore(local, () => T0);

    const { state, setAside } = await store.read();
    expect(state.statuses).toStrictEqual({ cacb: linked() });
    expect(setAside).toMatchObject([{ from: 'statuses.mnd', value: { status: 'linked?' } }]);
    expect(await local.get('setAside')).toStrictEqual({ setAside });
    expect(await local.get('statuses')).toStrictEqual({ statuses: { cacb: linked() } });

    await store.update(addCourt('iasd'));
    expect((await store.read()).setAside).toStrictEqual(setAside);

    await store.discardSetAside();
    expect((await store.read()).setAside).toStrictEqual([]);
    expect((await store.read()).state.statuses).toStrictEqual({ cacb: linked(), iasd: notStarted });
  });

  it('fails the one change when storage fails, and the next one still runs', async () => {
    const store = createCourtStore(local);
    vi.spyOn(local, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(store.update(addCourt('mnd'))).rejects.toThrow('quota');
    await store.update(addCourt('cacb'));
    expect(Object.keys((await store.read()).state.statuses)).toStrictEqual(['cacb']);
  });
});
