// The changes the background and the practice court both make to their
// courts: pure, and the courts object itself when nothing changes.
import { applyReport, courtRequestedFromPacer } from '../../src/progress/apply-report';
import { applyEvent, trackCourt, untrackCourt } from '../../src/progress/court-changes';
import type { Courts } from '../../src/progress/court-view';
import { setGuidePreference, setPreferences } from '../../src/progress/preference-changes';
import { DEFAULT_PREFERENCES } from '../../src/progress/preferences';
import { inProgress, linked, report, T0, T1 } from './builders';

const empty: Courts = { statuses: {}, guide: {} };

describe('applyEvent', () => {
  it('does not put a court in "My courts" for an event that leaves it not started', () => {
    const reset = applyEvent(empty, 'mnd', { type: 'reset', at: T1 }, T1);
    expect(reset.courts).toBe(empty);
    expect(reset.result).toStrictEqual({
      court: 'mnd',
      tracked: false,
      status: { status: 'not-started', at: T1 },
      guide: { collapsed: false, enabled: true },
    });
  });

  it('keeps a tracked court when it is reset, and answers with its view', () => {
    const courts = { ...empty, statuses: { mnd: linked() } };
    const { courts: after, result } = applyEvent(courts, 'mnd', { type: 'reset', at: T1 }, T1);
    expect(after.statuses).toStrictEqual({ mnd: { status: 'not-started', at: T1 } });
    expect(result.tracked).toBe(true);
  });

  it('returns the same courts when the status stays the same', () => {
    const courts = { ...empty, statuses: { mnd: linked() } };
    const start = { type: 'start', at: T1, flow: 'court-link' } as const;
    expect(applyEvent(courts, 'mnd', start, T1).courts).toBe(courts);
  });
});

describe('trackCourt and untrackCourt', () => {
  it('add a court not started, and take it off, each the same courts when nothing changes', () => {
    const tracked = trackCourt(empty, 'iasd', T0).courts;
    expect(tracked.statuses).toStrictEqual({ iasd: { status: 'not-started', at: T0 } });
    expect(trackCourt(tracked, 'iasd', T1).courts).toBe(tracked);
    expect(untrackCourt(tracked, 'iasd').courts.statuses).toStrictEqual({});
    expect(untrackCourt(empty, 'iasd').courts).toBe(empty);
  });
});

describe('setGuidePreference', () => {
  it('changes one court’s guide, and nothing when the choice is the one already made', () => {
    const collapsed = setGuidePreference(empty, 'mnd', { collapsed: true }, T0);
    expect(collapsed.courts.guide).toStrictEqual({ mnd: { collapsed: true, enabled: true } });
    expect(collapsed.result.guide).toStrictEqual({ collapsed: true, enabled: true });
    expect(setGuidePreference(collapsed.courts, 'mnd', { collapsed: true }, T1).courts).toBe(
      collapsed.courts,
    );
    // The default, asked for again, is no change either: nothing to write.
    expect(setGuidePreference(empty, 'cacb', { enabled: true }, T0).courts).toBe(empty);
  });
});

describe('setPreferences', () => {
  it('sets what is given, and returns the same preferences when nothing changes', () => {
    const larger = setPreferences(DEFAULT_PREFERENCES, { textSize: 'larger' });
    expect(larger).toStrictEqual({ ...DEFAULT_PREFERENCES, textSize: 'larger' });
    expect(setPreferences(larger, { textSize: 'larger', role: undefined })).toBe(larger);
    expect(setPreferences(larger, { role: 'attorney' }).role).toBe('attorney');
  });
});

describe('applyReport', () => {
  const maintenance = report({ flow: 'pacer-request', step: 'maintenance' });

  it('gives a PACER page that names no court to the court whose request is under way', () => {
    const courts = {
      ...empty,
      statuses: {
        cob: inProgress('pacer-request', 'court-select', T0),
        mnd: inProgress('pacer-request', 'court-select', T0 + 1),
        cacb: inProgress('court-link', 'utilities', T0 + 2),
      },
    };
    expect(courtRequestedFromPacer(courts.statuses)).toBe('mnd');
    const { courts: after, result } = applyReport(courts, maintenance, T1);
    expect(result?.court).toBe('mnd');
    expect(after.statuses.mnd).toStrictEqual(inProgress('pacer-request', 'maintenance', T1));
  });

  it('lets the caller say which court such a page belongs to (the practice’s simulated court)', () => {
    const courts = { ...empty, statuses: { cob: inProgress('pacer-request', 'court-select') } };
    const change = applyReport(courts, maintenance, T1, () => 'iasd');
    expect(change.result?.court).toBe('iasd');
    expect(change.courts.statuses).toStrictEqual({
      cob: courts.statuses.cob,
      iasd: inProgress('pacer-request', 'maintenance', T1),
    });
    expect(applyReport(courts, maintenance, T1, () => null)).toStrictEqual({
      courts,
      result: null,
    });
  });

  it('gives a page that names several courts to none of them, whoever is under way', () => {
    const named = report({ ...maintenance, courtsNamed: ['iasd', 'txwd'] });
    const courts = { ...empty, statuses: { iasd: inProgress('pacer-request', 'pacer-home') } };
    expect(applyReport(courts, named, T1, () => 'iasd')).toStrictEqual({ courts, result: null });
  });
});
