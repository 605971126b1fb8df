import type { CourtStatus } from '../../src/progress/court-status';
import { initialCourtStatus, isManual } from '../../src/progress/court-status';
import type { CourtStatusEvent } from '../../src/progress/court-status-event';
import { reduceCourtStatus } from '../../src/progress/reduce-court-status';
import {
  T1,
  inProgress,
  linked,
  manualLinked,
  notNeeded,
  notStarted,
  page,
  requested,
} from './builders';

describe('initialCourtStatus', () => {
  it('is not-started at the time given, with nothing learned yet', () => {
    expect(initialCourtStatus(7)).toStrictEqual({ status: 'not-started', at: 7 });
  });
});

describe('isManual', () => {
  it.each<[CourtStatus, boolean]>([
    [notStarted, false],
    [inProgress('court-link', 'ecf-home'), false],
    [requested, false],
    [linked(), false],
    [manualLinked(), true],
    [notNeeded(), true],
  ])('tells a status set by hand (%#)', (status, expected) => {
    expect(isManual(status)).toBe(expected);
  });
});

// A walk through many events: whatever the order, the rules that must always
// hold do hold.
describe('over any sequence of events', () => {
  const events: readonly CourtStatusEvent[] = [
    page(),
    page({ flow: 'court-link', step: 'ecf-home' }),
    page({ flow: 'court-link', step: 'link-confirm' }),
    page({ step: 'pacer-login' }),
    page({ flow: 'pacer-request', step: 'maintenance' }),
    page({ flow: 'pacer-request', step: 'court-select', courtOffered: false }),
    page({ flow: 'pacer-request', step: 'request-submitted' }),
    page({ flow: 'pacer-request', step: 'registration-history', request: 'processed' }),
    page({ flow: 'court-link', step: 'link-done', linkSign: 'link-done' }),
    page({ flow: 'court-link', step: 'ecf-main', linkSign: 'pacer-only-menus' }),
    page({ flow: 'court-link', step: 'ecf-main', linkSign: 'filing-menus' }),
    { type: 'set-by-hand', at: T1, status: 'linked' },
    { type: 'set-by-hand', at: T1, status: 'not-needed' },
    { type: 'clear-by-hand' },
    { type: 'reset', at: T1 },
  ];

  // A fixed seed keeps a failure reproducible.
  let seed = 20261121;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };

  it('keeps linked unless set by hand or reset, keeps requested unless proved, keeps manual until cleared', () => {
    let status: CourtStatus = notStarted;
    for (let i = 0; i < 5000; i += 1) {
      const event = events[next() % events.length]!;
      const after = reduceCourtStatus(status, event);
      const byUser = event.type !== 'page-seen';

      if (!byUser && isManual(status)) expect(after.status).toBe(status.status);
      if (!byUser && status.status === 'linked') expect(after.status).toBe('linked');
      if (!byUser && status.status === 'requested')
        expect(['requested', 'linked']).toContain(after.status);
      if (after.status === 'not-needed') expect(isManual(after)).toBe(true);
      expect(JSON.parse(JSON.stringify(after))).toStrictEqual(after);

      status = after;
    }
  });
});
