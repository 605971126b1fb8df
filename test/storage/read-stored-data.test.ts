// Validation on read: good data is used as it is, damaged parts are set aside
// with a reason and the rest keeps working.
import { readStoredData } from '../../src/storage/read-stored-data';
import { DEFAULT_PREFERENCES } from '../../src/progress/preferences';
import {
  inProgress,
  linked,
  linkedWithConflict,
  manualLinked,
  notNeeded,
  notStarted,
  requested,
  T0,
} from '../progress/builders';

const NOW = T0 + 999;

const validStatuses = {
  mnd: inProgress('court-link', 'utilities'),
  cacb: linked(),
  iasd: linkedWithConflict,
  ncmb: requested,
  cob: notStarted,
  nysd: manualLinked(inProgress('pacer-request', 'court-select')),
  cand: notNeeded(linked('filing-menus', 'ecf-main')),
};

const version1 = (parts: Record<string, unknown>) => ({ version: 1, ...parts });

describe('readStoredData', () => {
  it('reads empty storage as a fresh install and asks for the version to be written', () => {
    const data = readStoredData({}, NOW);
    expect(data.state).toStrictEqual({ statuses: {}, preferences: DEFAULT_PREFERENCES });
    expect(data.setAside).toStrictEqual([]);
    expect(data.needsRepair).toBe(true);
  });

  it('accepts every kind of status and leaves sound data alone', () => {
    const preferences = {
      role: 'non-attorney',
      textSize: 'larger',
      guide: { mnd: { collapsed: true, enabled: false } },
    };
    const data = readStoredData(
      version1({ statuses: validStatuses, preferences, setAside: [] }),
      NOW,
    );
    expect(data.state.statuses).toStrictEqual(validStatuses);
    expect(data.state.preferences).toStrictEqual(preferences);
    expect(data.needsRepair).toBe(false);
  });

  it.each([
    ['an unknown status', { status: 'done', at: T0 }],
    ['a step of the other flow', inProgress('court-link', 'payment')],
    ['a step that does not exist', { ...inProgress('court-link', 'utilities'), step: 'utility' }],
    ['a missing time', { status: 'not-started' }],
    ['a time that is not a number', { status: 'not-started', at: '2026-11-21' }],
    ['a manual status whose detected part is itself manual', notNeeded(manualLinked() as never)],
    [
      'a conflict of the wrong kind',
      { ...linked(), conflict: { sign: 'link-done', step: null, at: T0 } },
    ],
    ['null', null],
  ])('sets aside one court with %s and keeps the others', (_what, damaged) => {
    const data = readStoredData(version1({ statuses: { ...validStatuses, ctd: damaged } }), NOW);
    expect(data.state.statuses).toStrictEqual(validStatuses);
    expect(data.setAside).toHaveLength(1);
    expect(data.setAside[0]).toMatchObject({ from: 'statuses.ctd', at: NOW, value: damaged });
    expect(data.setAside[0]?.reason).not.toBe('');
    expect(data.needsRepair).toBe(true);
  });

  it('sets aside a status filed under an id that is no court', () => {
    const data = readStoredData(
      version1({ statuses: { zzz: notStarted, __proto__x: notStarted } }),
      NOW,
    );
    expect(data.state.statuses).toStrictEqual({});
    expect(data.setAside.map((entry) => entry.from)).toStrictEqual([
      'statuses.zzz',
      'statuses.__proto__x',
    ]);
    expect(data.setAside[0]?.reason).toMatch(/not a known court/);
  });

  it.each([
    ['a list', [notStarted]],
    ['a string', 'mnd: linked'],
    ['a number', 7],
  ])('sets aside the whole statuses when they are %s', (_what, damaged) => {
    const data = readStoredData(version1({ statuses: damaged }), NOW);
    expect(data.state.statuses).toStrictEqual({});
    expect(data.setAside).toStrictEqual([
      { from: 'statuses', reason: expect.any(String) as string, at: NOW, value: damaged },
    ]);
  });

  it('sets aside a bad preference and falls back to its default, keeping the good ones', () => {
    const preferences = {
      role: 'judge',
      textSize: 'large',
      guide: { mnd: { collapsed: 'yes', enabled: true }, cacb: { collapsed: true, enabled: true } },
    };
    const data = readStoredData(version1({ preferences }), NOW);
    expect(data.state.preferences).toStrictEqual({
      role: null,
      textSize: 'large',
      guide: { cacb: { collapsed: true, enabled: true } },
    });
    expect(data.setAside).toMatchObject([
      { from: 'preferences.role', value: 'judge' },
      { from: 'preferences.guide.mnd', value: { collapsed: 'yes', enabled: true } },
    ]);
  });

  it('keeps what was set aside earlier, and wraps a damaged set-aside list instead of dropping it', () => {
    const earlier = {
      from: 'statuses.mnd',
      reason: 'not a court status',
      at: T0,
      value: { status: '?' },
    };
    expect(readStoredData(version1({ setAside: [earlier] }), NOW).setAside).toStrictEqual([
      earlier,
    ]);

    const wrapped = readStoredData(version1({ setAside: 'garbage' }), NOW);
    expect(wrapped.setAside).toStrictEqual([
      { from: 'setAside', reason: expect.any(String) as string, at: NOW, value: 'garbage' },
    ]);
    expect(wrapped.needsRepair).toBe(true);
  });

  it('keeps data written by a newer version aside whole rather than guessing at its layout', () => {
    const newer = { version: 7, statuses: { mnd: { state: 'linked' } }, somethingNew: true };
    const data = readStoredData(newer, NOW);
    expect(data.state).toStrictEqual({ statuses: {}, preferences: DEFAULT_PREFERENCES });
    expect(data.setAside).toStrictEqual([
      {
        from: 'storage',
        reason: expect.stringMatching(/newer version/) as string,
        at: NOW,
        value: newer,
      },
    ]);
  });

  it('sets aside a version that is not a number, and still reads the rest', () => {
    const data = readStoredData({ version: 'one', statuses: { mnd: notStarted } }, NOW);
    expect(data.state.statuses).toStrictEqual({ mnd: notStarted });
    expect(data.setAside).toMatchObject([{ from: 'version', value: 'one' }]);
  });
});
