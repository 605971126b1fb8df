// Version 0 (the first builds) to version 1, through the store, as an
// extension update meets it: statuses survive, nothing is silently lost.
import { fakeBrowser } from '@webext-core/fake-browser';
import { createCourtStore } from '../../src/storage/court-store';
import { migrate, storedVersion } from '../../src/storage/migrations';
import { inProgress, linked, T0 } from '../progress/builders';

const local = fakeBrowser.storage.local;
const NOW = T0 + 5;

beforeEach(() => {
  fakeBrowser.reset();
});

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
    expect(migrate(version0, 0)).toStrictEqual({
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
    expect(migrate(current, 1)).toBe(current);
  });

  it('carries what it does not understand over unchanged, for validation to set aside', () => {
    const odd = { courtStatuses: 'broken', guide: { mnd: { collapsed: true } } };
    expect(migrate(odd, 0)).toMatchObject({
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
