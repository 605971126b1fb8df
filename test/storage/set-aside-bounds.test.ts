// Setting data aside must always fit: a reason never copies the value, a
// value too large to keep is summarised, and any number of entries reads and
// writes back. Otherwise one runaway value fills storage and every save fails.
import { fakeBrowser } from '@webext-core/fake-browser';
import { FLOW_IDS, FLOWS } from '../../src/flows/flows';
import { createCourtStore } from '../../src/storage/court-store';
import { readStoredData, SET_ASIDE_ONE_BY_ONE } from '../../src/storage/read-stored-data';
import type { StoredState } from '../../src/storage/stored-layout';
import { MAX_KEPT_BYTES } from '../../src/storage/value-summary';
import { inProgress, linked, manualLinked, notStarted, T0 } from '../progress/builders';
import { bytesOf, enforceQuota } from '../support/quota-storage';

const local = fakeBrowser.storage.local;
const NOW = T0 + 1;
/** Chrome's storage.local QUOTA_BYTES. */
const CHROME_QUOTA = 10_485_760;
const NINE_MB = 9 * 1024 * 1024;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const sizeOf = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

/** A status whose `source` a runaway write filled with `length` characters. */
const runaway = (length: number) => ({ status: 'linked', at: T0, source: 'x'.repeat(length) });

const withCourt = (court: string) => (state: StoredState) => ({
  state: { ...state, statuses: { ...state.statuses, [court]: linked() } },
  result: court,
});

describe('the reason for setting data aside', () => {
  it.each([
    ['a field', { mnd: runaway(100_000) }],
    ['the whole status', { mnd: 'y'.repeat(100_000) }],
    ['the status name', { mnd: { status: 'z'.repeat(100_000), at: T0 } }],
  ])('quotes %s only briefly, however long it is', (_what, statuses) => {
    const [entry] = readStoredData({ version: 1, statuses }, NOW).setAside;
    expect(entry?.reason.length).toBeLessThan(300);
    expect(entry?.reason).toMatch(/received "[xyz]{39}…/);
    expect(entry?.reason).toMatch(/100,?002 characters/);
  });

  it('names a place whose key is long only briefly, and says why', () => {
    const key = 'k'.repeat(100_000);
    const [entry] = readStoredData({ version: 1, statuses: { [key]: notStarted } }, NOW).setAside;
    expect(entry?.from.length).toBeLessThan(120);
    expect(entry?.from).toMatch(/^statuses\.k{40}…/);
    expect(entry?.reason.length).toBeLessThan(300);
  });

  it('keeps the words of a short problem as they were', () => {
    const [entry] = readStoredData({ version: 1, statuses: { mnd: 'linked' } }, NOW).setAside;
    expect(entry?.reason).toBe('Invalid type: Expected Object but received "linked"');
  });

  it('is clipped in entries set aside by earlier versions, which copied the value', () => {
    const value = runaway(100_000);
    const earlier = {
      from: 'statuses.mnd',
      reason: `source: ${'x'.repeat(100_000)}`,
      at: T0,
      value,
    };
    const data = readStoredData({ version: 1, statuses: {}, setAside: [earlier] }, NOW);
    expect(data.setAside).toHaveLength(1);
    expect(data.setAside[0]).toMatchObject({ from: 'statuses.mnd', at: T0, value });
    expect(data.setAside[0]?.reason.length).toBeLessThan(350);
    expect(data.needsRepair).toBe(true);
  });
});

describe('a value too large to keep', () => {
  it('is replaced by its size, its type and its first characters, and says so', () => {
    const data = readStoredData({ version: 1, statuses: { mnd: runaway(NINE_MB) } }, NOW);
    const [entry] = data.setAside;
    const json = JSON.stringify(runaway(NINE_MB));
    expect(entry).toStrictEqual({
      from: 'statuses.mnd',
      reason: expect.stringMatching(/^source: Invalid type: Expected Object/) as string,
      at: NOW,
      tooLargeToKeep: {
        note: 'too large to keep: only its size and first characters were kept',
        bytes: Buffer.byteLength(json),
        type: 'object',
        start: json.slice(0, 200),
      },
    });
    expect(sizeOf(entry)).toBeLessThan(1_000);
  });

  it('counts its size in UTF-8 bytes, as the browser counts storage', () => {
    const value = 'é'.repeat(300_000);
    const [entry] = readStoredData({ version: 1, statuses: { mnd: value } }, NOW).setAside;
    expect(entry).toMatchObject({
      tooLargeToKeep: { bytes: 600_002, type: 'string', start: `"${'é'.repeat(199)}` },
    });
  });

  it('is kept whole up to the limit: everything the extension stores for all 188 courts fits well within it', () => {
    const kept = 'w'.repeat(100_000);
    const [entry] = readStoredData({ version: 1, statuses: { mnd: kept } }, NOW).setAside;
    expect(entry).toMatchObject({ value: kept });

    // The largest legitimate storage: every court with the longest status and a guide setting.
    const [flow, step] = FLOW_IDS.flatMap((id) =>
      FLOWS[id].steps.map((each) => [id, each.id] as const),
    ).reduce((a, b) => (b[1].length > a[1].length ? b : a));
    const longest = {
      ...manualLinked(inProgress(flow, step)),
      conflict: { sign: 'pacer-only-menus', step, at: T0 },
    };
    const courts = Array.from({ length: 188 }, (_, index) => `court${index}`);
    const everything = {
      version: 99,
      statuses: Object.fromEntries(courts.map((court) => [court, longest])),
      preferences: {
        role: 'non-attorney',
        textSize: 'standard',
        guide: Object.fromEntries(
          courts.map((court) => [court, { collapsed: true, enabled: false }]),
        ),
      },
    };
    const storage = readStoredData(everything, NOW).setAside[0];
    expect(sizeOf(everything) * 3).toBeLessThan(MAX_KEPT_BYTES);
    expect(storage).toMatchObject({ from: 'storage', value: everything });
  });

  it('is set aside under Chrome’s quota, and the next change is saved', async () => {
    const stored = { version: 1, statuses: { mnd: runaway(NINE_MB), cacb: notStarted } };
    await local.set(stored);
    const quota = enforceQuota(local, CHROME_QUOTA);
    const store = createCourtStore(local, () => NOW);

    const { state, setAside } = await store.read();
    expect(state.statuses).toStrictEqual({ cacb: notStarted });
    expect(setAside).toMatchObject([{ from: 'statuses.mnd', tooLargeToKeep: { type: 'object' } }]);
    // Repaired in storage: the 9 MB are gone, their summary kept.
    const repaired = await local.get(null);
    expect(repaired.setAside).toStrictEqual(setAside);
    expect(bytesOf(repaired)).toBeLessThan(2_000);

    await store.update(withCourt('iasd'));
    expect((await local.get('statuses')).statuses).toStrictEqual({
      cacb: notStarted,
      iasd: linked(),
    });
    expect(quota.refused).toBe(0);
  });
});

describe('the set-aside entries', () => {
  it('read entries of the older shape, the summarised shape, and fields a later version adds', () => {
    const older = { from: 'statuses.mnd', reason: 'not a court status', at: T0, value: { a: 1 } };
    const summarised = {
      from: 'statuses.cacb',
      reason: 'source: Invalid type',
      at: T0,
      tooLargeToKeep: { note: 'too large to keep', bytes: 9_000_000, type: 'object', start: '{"' },
    };
    const later = { ...older, from: 'statuses.iasd', seenBy: 'version 3' };
    const data = readStoredData({ version: 1, setAside: [older, summarised, later] }, NOW);
    expect(data.setAside).toStrictEqual([older, summarised, later]);
    expect(data.needsRepair).toBe(false);
  });

  it('set aside an entry with neither a value nor a summary, rather than trust it', () => {
    const broken = { from: 'statuses.mnd', reason: 'x', at: T0 };
    const data = readStoredData({ version: 1, setAside: [broken] }, NOW);
    expect(data.setAside).toMatchObject([{ from: 'setAside', value: broken }]);
  });
});

describe('150,000 damaged entries', () => {
  const COUNT = 150_000;

  it('read with the good court, and the next change is saved', async () => {
    const setAside = Array.from({ length: COUNT }, (_, index) => ({
      from: `statuses.bad${index}`,
      reason: 'bad0 is not a known court id',
      at: T0 + index,
      value: { status: 'linked?', at: T0 },
    }));
    await local.set({ version: 1, statuses: { mnd: linked() }, setAside });
    const store = createCourtStore(local, () => NOW);

    const started = performance.now();
    const read = await store.read();
    const took = performance.now() - started;
    expect(read.state.statuses).toStrictEqual({ mnd: linked() });
    expect(read.setAside).toHaveLength(COUNT);
    expect(read.setAside[COUNT - 1]).toStrictEqual(setAside[COUNT - 1]);
    console.info(`read ${COUNT} set-aside entries in ${Math.round(took)} ms`);

    await store.update(withCourt('cacb'));
    expect((await local.get('statuses')).statuses).toStrictEqual({ mnd: linked(), cacb: linked() });
    expect((await local.get('setAside')).setAside).toHaveLength(COUNT);
  }, 60_000);

  it('found damaged in one read are set aside together under Chrome’s quota, and the next change is saved', async () => {
    const statuses: Record<string, unknown> = { mnd: linked() };
    for (let index = 0; index < COUNT; index += 1) statuses[`bad${index}`] = notStarted;
    await local.set({ version: 1, statuses });
    // One by one, their entries would need about 15 MB.
    const quota = enforceQuota(local, CHROME_QUOTA);
    const store = createCourtStore(local, () => NOW);

    const started = performance.now();
    const read = await store.read();
    const took = performance.now() - started;
    expect(read.state.statuses).toStrictEqual({ mnd: linked() });
    expect(read.setAside).toMatchObject([
      {
        from: 'statuses',
        reason: expect.stringMatching(
          /^150,000 entries could not be read, among them: bad0 is not a known court id/,
        ) as unknown,
        tooLargeToKeep: { type: 'object', start: expect.stringMatching(/^\{"bad0":/) as unknown },
      },
    ]);
    console.info(`set aside ${COUNT} damaged statuses in ${Math.round(took)} ms`);

    await store.update(withCourt('cacb'));
    const stored = await local.get(null);
    expect(stored.statuses).toStrictEqual({ mnd: linked(), cacb: linked() });
    expect(stored.setAside).toStrictEqual(read.setAside);
    expect(quota.refused).toBe(0);
  }, 60_000);

  it('a few damaged entries are set aside one by one, each whole', () => {
    const statuses: Record<string, unknown> = { mnd: linked() };
    for (let index = 0; index < SET_ASIDE_ONE_BY_ONE; index += 1)
      statuses[`bad${index}`] = notStarted;
    const { setAside } = readStoredData({ version: 1, statuses }, NOW);
    expect(setAside).toHaveLength(SET_ASIDE_ONE_BY_ONE);
    expect(setAside[0]).toMatchObject({ from: 'statuses.bad0', value: notStarted });
  });

  it('many small damaged entries are kept whole together while they fit', () => {
    const statuses: Record<string, unknown> = { mnd: linked() };
    for (let index = 0; index <= SET_ASIDE_ONE_BY_ONE; index += 1) statuses[`bad${index}`] = 1;
    const { setAside } = readStoredData({ version: 1, statuses }, NOW);
    const { mnd, ...damaged } = statuses;
    expect(mnd).toBeDefined();
    expect(setAside).toMatchObject([{ from: 'statuses', value: damaged }]);
  });
});
