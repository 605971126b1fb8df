// Version 0 (the first builds) to version 1, through the store, as an
// extension update meets it: statuses survive, nothing is silently lost.
import { fakeBrowser } from '@webext-core/fake-browser';
import { createCourtStore } from '../../src/storage/court-store';
import { migrate, storedVersion } from '../../src/storage/migrations';
import { readStoredData } from '../../src/storage/read-stored-data';
import { inProgress, linked, notStarted, T0 } from '../progress/builders';
import { fullQuota } from '../support/quota-storage';

const local = fakeBrowser.storage.local;
const NOW = T0 + 5;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const noSetAside = (from: string) => {
  throw new Error(`${from} set aside`);
};

const version0 = {
  courtStatuses: { mnd: inProgress('court-link', 'link-form'), cacb: linked() },
  guide: { mnd: { collapsed: true, hidden: false }, cacb: { collapsed: false, hidden: true } },
};

describe('storedVersion', () => {
  it('tells version 0 by its keys, a fresh install by their absence', () => {
    expect(storedVersion(version0)).toStrictEqual({ kind: 'known', version: 0 });
    expect(storedVersion({})).toStrictEqual({ kind: 'known', version: 1 });
    expect(storedVersion({ version: 1 })).toStrictEqual({ kind: 'known', version: 1 });
    expect(storedVersion({ version: 2 })).toStrictEqual({ kind: 'newer', version: 2 });
    expect(storedVersion({ version: -1 })).toStrictEqual({ kind: 'unreadable', value: -1 });
  });
});

describe('migrate from version 0', () => {
  it('renames the keys, turns hidden into enabled and adds the new preferences', () => {
    expect(migrate(version0, 0, noSetAside)).toStrictEqual({
      version: 1,
      statuses: version0.courtStatuses,
      preferences: {
        role: null,
        textSize: 'standard',
        guide: {
          mnd: { collapsed: true, enabled: true },
          cacb: { collapsed: false, enabled: false },
        },
      },
    });
  });

  it('leaves the current version as it is', () => {
    const current = { version: 1, statuses: {} };
    expect(migrate(current, 1, noSetAside)).toBe(current);
  });

  it('carries what it does not understand over unchanged, for validation to set aside', () => {
    const odd = { courtStatuses: 'broken', guide: { mnd: { collapsed: true } } };
    expect(migrate(odd, 0, noSetAside)).toMatchObject({
      statuses: 'broken',
      preferences: { guide: { mnd: { collapsed: true } } },
    });
  });
});

describe('the store meeting version 0 data', () => {
  it('migrates it in storage: new keys written, old keys removed, statuses intact', async () => {
    await local.set(version0);
    const store = createCourtStore(local, () => NOW);

    const { state, setAside } = await store.read();

    expect(state.statuses).toStrictEqual(version0.courtStatuses);
    expect(state.preferences.guide.cacb).toStrictEqual({ collapsed: false, enabled: false });
    expect(setAside).toStrictEqual([]);
    const stored = await local.get(null);
    expect(stored).toStrictEqual({
      version: 1,
      statuses: version0.courtStatuses,
      preferences: state.preferences,
      setAside: [],
    });
  });

  it('sets aside a version 0 entry that cannot be migrated, and migrates the rest', async () => {
    await local.set({
      ...version0,
      guide: { ...version0.guide, iasd: { collapsed: 'no', hidden: 'maybe' } },
    });
    const { state, setAside } = await createCourtStore(local, () => NOW).read();

    expect(Object.keys(state.preferences.guide)).toStrictEqual(['mnd', 'cacb']);
    expect(setAside).toMatchObject([
      { from: 'preferences.guide.iasd', value: { collapsed: 'no', hidden: 'maybe' } },
    ]);
    expect(await local.get(null)).not.toHaveProperty('courtStatuses');
  });

  it('writes once: a second read finds version 1 and changes nothing', async () => {
    await local.set(version0);
    const store = createCourtStore(local, () => NOW);
    await store.read();
    const set = vi.spyOn(local, 'set');
    await store.read();
    expect(set).not.toHaveBeenCalled();
  });
});

// Old and new keys side by side: a build that wrote both, a copy restored by
// hand, or an update stopped between writing the new keys and removing the
// old. Nothing in either may be lost.
describe('old keys beside new ones', () => {
  const read = (raw: Record<string, unknown>) => readStoredData(raw, NOW);

  it('keeps the statuses of version-less storage that has new keys and an old guide', () => {
    const data = read({ statuses: { mnd: linked() }, guide: {} });
    expect(data.state.statuses).toStrictEqual({ mnd: linked() });
    expect(data.setAside).toStrictEqual([]);
    expect(data.needsRepair).toBe(true);
  });

  it('merges statuses court by court: the new key wins, the old entry that lost is set aside', () => {
    const older = inProgress('court-link', 'link-form');
    const data = read({
      statuses: { mnd: linked(), cacb: linked('filing-menus', 'ecf-main') },
      courtStatuses: { cacb: older, iasd: notStarted },
    });
    expect(data.state.statuses).toStrictEqual({
      mnd: linked(),
      cacb: linked('filing-menus', 'ecf-main'),
      iasd: notStarted,
    });
    expect(data.setAside).toStrictEqual([
      {
        from: 'courtStatuses.cacb',
        reason: expect.stringMatching(/statuses\.cacb.*kept/) as string,
        at: NOW,
        value: older,
      },
    ]);
  });

  it('carries over the courts of old keys left beside version 1', () => {
    const data = read({
      version: 1,
      statuses: { mnd: linked() },
      courtStatuses: { cacb: notStarted },
    });
    expect(data.state.statuses).toStrictEqual({ mnd: linked(), cacb: notStarted });
    expect(data.setAside).toStrictEqual([]);
  });

  it('sets nothing aside for old keys an interrupted update had already migrated', () => {
    const data = read({
      ...migrate(version0, 0, noSetAside),
      ...version0,
    });
    expect(data.state.statuses).toStrictEqual(version0.courtStatuses);
    expect(data.state.preferences.guide).toStrictEqual({
      mnd: { collapsed: true, enabled: true },
      cacb: { collapsed: false, enabled: false },
    });
    expect(data.setAside).toStrictEqual([]);
    expect(data.needsRepair).toBe(true);
  });

  it('merges the old guide into preferences.guide the same way, keeping the other preferences', () => {
    const data = read({
      preferences: {
        role: 'attorney',
        textSize: 'large',
        guide: { mnd: { collapsed: true, enabled: false } },
      },
      guide: { mnd: { collapsed: false, hidden: false }, cacb: { collapsed: true, hidden: true } },
    });
    expect(data.state.preferences).toStrictEqual({
      role: 'attorney',
      textSize: 'large',
      guide: {
        mnd: { collapsed: true, enabled: false },
        cacb: { collapsed: true, enabled: false },
      },
    });
    expect(data.setAside).toMatchObject([
      { from: 'guide.mnd', value: { collapsed: false, hidden: false } },
    ]);
  });

  it('carries the old guide into preferences that have none yet', () => {
    const data = read({
      version: 1,
      preferences: { role: 'non-attorney', textSize: 'standard' },
      guide: { cacb: { collapsed: true, hidden: false } },
    });
    expect(data.state.preferences).toStrictEqual({
      role: 'non-attorney',
      textSize: 'standard',
      guide: { cacb: { collapsed: true, enabled: true } },
    });
    expect(data.setAside).toStrictEqual([]);
  });

  it('sets an old key aside whole when it cannot be merged court by court', () => {
    const data = read({ version: 1, statuses: { mnd: linked() }, courtStatuses: 'broken' });
    expect(data.state.statuses).toStrictEqual({ mnd: linked() });
    expect(data.setAside).toMatchObject([{ from: 'courtStatuses', value: 'broken' }]);

    const guide = { mnd: { collapsed: true, hidden: true } };
    const withoutRoom = read({ version: 1, preferences: 'garbage', guide });
    expect(withoutRoom.setAside).toMatchObject([
      { from: 'guide', value: guide },
      { from: 'preferences', value: 'garbage' },
    ]);
  });

  it('merges old keys beside a version that is not a number, and sets that version aside', () => {
    const data = read({
      version: 'one',
      statuses: { mnd: linked() },
      courtStatuses: { cacb: notStarted },
    });
    expect(data.state.statuses).toStrictEqual({ mnd: linked(), cacb: notStarted });
    expect(data.setAside).toMatchObject([{ from: 'version', value: 'one' }]);
  });

  it('reads version-less storage with only the new keys as version 1, and writes its version', () => {
    const data = read({ statuses: { mnd: linked() } });
    expect(data.state.statuses).toStrictEqual({ mnd: linked() });
    expect(data.setAside).toStrictEqual([]);
    expect(data.needsRepair).toBe(true);
  });

  it('sets old keys aside with the rest of storage a newer version wrote', () => {
    const newer = { version: 2, statuses: { mnd: linked() }, courtStatuses: { cacb: notStarted } };
    const data = read(newer);
    expect(data.state.statuses).toStrictEqual({});
    expect(data.setAside).toMatchObject([{ from: 'storage', value: newer }]);
  });

  it('keeps what version 0 storage had already set aside, and adds to it', () => {
    const earlier = { from: 'courtStatuses.ctd', reason: 'damaged', at: T0, value: 'x' };
    const data = read({
      ...version0,
      courtStatuses: { ...version0.courtStatuses, zzz: notStarted },
      setAside: [earlier],
    });
    expect(data.state.statuses).toStrictEqual(version0.courtStatuses);
    expect(data.setAside).toMatchObject([earlier, { from: 'statuses.zzz', value: notStarted }]);
  });
});

describe('the store meeting old keys beside new ones', () => {
  const mixed = {
    version: 1,
    statuses: { mnd: linked() },
    courtStatuses: { mnd: notStarted, cacb: notStarted },
  };

  it('writes the merge and what lost, then removes the old keys', async () => {
    await local.set(mixed);
    const { state, setAside } = await createCourtStore(local, () => NOW).read();
    expect(state.statuses).toStrictEqual({ mnd: linked(), cacb: notStarted });
    expect(await local.get(null)).toStrictEqual({
      version: 1,
      statuses: { mnd: linked(), cacb: notStarted },
      preferences: state.preferences,
      setAside,
    });
    expect(setAside).toMatchObject([{ from: 'courtStatuses.mnd', value: notStarted }]);
  });

  it('leaves the old keys in place while the merge cannot be written', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await local.set(mixed);
    await fullQuota(local);
    const { state } = await createCourtStore(local, () => NOW).read();
    expect(state.statuses).toStrictEqual({ mnd: linked(), cacb: notStarted });
    expect(await local.get(null)).toStrictEqual(mixed);
  });
});

describe('fields this version does not know', () => {
  // As a later version might write them: a new field on a status and inside its source.
  const later = {
    ...linked(),
    note: 'checked by the clerk',
    source: { ...linked().source, page: 'https://ecf.mnd.uscourts.gov/' },
  };

  it('survive a read, and a write of another court, in version 1 storage', async () => {
    await local.set({ version: 1, statuses: { mnd: later } });
    const store = createCourtStore(local, () => NOW);
    expect((await store.read()).state.statuses).toStrictEqual({ mnd: later });
    await store.update((state) => ({
      state: { ...state, statuses: { ...state.statuses, cacb: notStarted } },
      result: null,
    }));
    expect((await local.get('statuses')).statuses).toStrictEqual({ mnd: later, cacb: notStarted });
  });

  it('survive the migration from version 0', () => {
    const data = readStoredData({ courtStatuses: { mnd: later } }, NOW);
    expect(data.state.statuses).toStrictEqual({ mnd: later });
    expect(data.setAside).toStrictEqual([]);
  });

  it('survive in the preferences and the guide', () => {
    const preferences = {
      role: 'attorney',
      textSize: 'large',
      guide: { mnd: { collapsed: true, enabled: true, pinned: true } },
      theme: 'dark',
    };
    const data = readStoredData({ version: 1, preferences }, NOW);
    expect(data.state.preferences).toStrictEqual(preferences);
    expect(data.needsRepair).toBe(false);
  });
});
