import type { CourtStatus, DetectedCourtStatus } from '../../src/progress/court-status';
import { isManual } from '../../src/progress/court-status';
import type { SetByHand } from '../../src/progress/court-status-event';
import { reduceCourtStatus } from '../../src/progress/reduce-court-status';
import {
  T0,
  T1,
  T2,
  inProgress,
  linkProofs,
  linked,
  linkedWithConflict,
  manualLinked,
  notNeeded,
  notStarted,
  pacerOnlyMenus,
  page,
  requested,
} from './builders';

const byHand = (status: SetByHand['status']): SetByHand => ({
  type: 'set-by-hand',
  at: T2,
  status,
});

const everyDetected: readonly [string, DetectedCourtStatus][] = [
  ['not-started', notStarted],
  ['in-progress', inProgress('court-link', 'link-form')],
  ['requested', requested],
  ['linked', linked()],
  ['linked with a conflict', linkedWithConflict],
];

describe('set by hand', () => {
  describe.each(everyDetected)('from %s', (_, detected) => {
    it('marks it linked, keeping what was detected underneath', () => {
      expect(reduceCourtStatus(detected, byHand('linked'))).toStrictEqual({
        status: 'linked',
        at: T2,
        source: { kind: 'manual', detected },
      });
    });

    it('marks it not needed, keeping what was detected underneath', () => {
      expect(reduceCourtStatus(detected, byHand('not-needed'))).toStrictEqual({
        status: 'not-needed',
        at: T2,
        source: { kind: 'manual', detected },
      });
    });
  });

  it('returns the same object when set to what it already is by hand', () => {
    const status = notNeeded();
    expect(reduceCourtStatus(status, byHand('not-needed'))).toBe(status);
  });

  it('switches between manual statuses, keeping the detected status and dropping the old conflict', () => {
    const detected = inProgress('court-link', 'utilities');
    const withConflict: CourtStatus = {
      ...manualLinked(detected),
      conflict: { sign: 'pacer-only-menus', step: 'ecf-main', at: T1 },
    };
    expect(reduceCourtStatus(withConflict, byHand('not-needed'))).toStrictEqual({
      status: 'not-needed',
      at: T2,
      source: { kind: 'manual', detected },
    });
  });
});

describe('clear by hand', () => {
  it.each(everyDetected)('returns to what was detected (%s), with its own time', (_, detected) => {
    expect(reduceCourtStatus(manualLinked(detected), { type: 'clear-by-hand' })).toBe(detected);
    expect(reduceCourtStatus(notNeeded(detected), { type: 'clear-by-hand' })).toBe(detected);
  });

  it.each(everyDetected)('does nothing to a detected status (%s)', (_, detected) => {
    expect(reduceCourtStatus(detected, { type: 'clear-by-hand' })).toBe(detected);
  });

  it('returns to what the pages said while the manual setting stood', () => {
    let status: CourtStatus = reduceCourtStatus(notStarted, byHand('not-needed'));
    status = reduceCourtStatus(status, page({ flow: 'court-link', step: 'utilities', at: T2 }));
    expect(status.status).toBe('not-needed');
    expect(reduceCourtStatus(status, { type: 'clear-by-hand' })).toEqual(
      inProgress('court-link', 'utilities', T2),
    );
  });
});

describe('a page seen while set by hand', () => {
  it.each([
    ['linked', manualLinked()],
    ['not-needed', notNeeded()],
  ])('never changes %s, but follows the step underneath', (name, status) => {
    const next = reduceCourtStatus(status, page({ flow: 'pacer-request', step: 'terms' }));
    expect(next.status).toBe(name);
    expect(next.at).toBe(T0);
    expect(isManual(next) && next.source.detected).toEqual(
      inProgress('pacer-request', 'terms', T1),
    );
  });

  it('returns the same object when neither the status nor what lies beneath changes', () => {
    const status = manualLinked(inProgress('court-link', 'utilities'));
    expect(reduceCourtStatus(status, page({ flow: 'court-link', step: 'utilities' }))).toBe(status);
    expect(reduceCourtStatus(status, page())).toBe(status);
  });

  it('records request-submitted underneath without changing the manual status', () => {
    const next = reduceCourtStatus(
      notNeeded(),
      page({ flow: 'pacer-request', step: 'request-submitted' }),
    );
    expect(next).toStrictEqual(notNeeded({ ...requested, at: T1 }));
  });

  describe('marked linked', () => {
    it('flags PACER-only menus as a conflict', () => {
      const next = reduceCourtStatus(manualLinked(), pacerOnlyMenus);
      expect(next.status).toBe('linked');
      expect(next).toMatchObject({
        conflict: { sign: 'pacer-only-menus', step: 'ecf-main', at: T1 },
      });
    });

    it.each(linkProofs)(
      'clears that conflict on %s and records the proof underneath',
      (_, proof, evidence) => {
        const flagged = reduceCourtStatus(manualLinked(), pacerOnlyMenus);
        const next = reduceCourtStatus(flagged, proof);
        expect(next).not.toHaveProperty('conflict');
        expect(next).toStrictEqual(manualLinked(linked(evidence, proof.step, T1)));
      },
    );

    it('agrees with a proof: no conflict', () => {
      const next = reduceCourtStatus(manualLinked(), linkProofs[0]![1]);
      expect(next).not.toHaveProperty('conflict');
    });
  });

  describe('marked not needed', () => {
    it.each(linkProofs)(
      'flags %s as a conflict, and the pages say linked underneath',
      (_, proof, evidence) => {
        const next = reduceCourtStatus(notNeeded(), proof);
        expect(next).toStrictEqual({
          ...notNeeded(linked(evidence, proof.step, T1)),
          conflict: { sign: evidence, step: proof.step, at: T1 },
        });
      },
    );

    it('flags the court missing from the drop-down while its request was under way', () => {
      const status = notNeeded(inProgress('pacer-request', 'maintenance'));
      const missing = page({ flow: 'pacer-request', step: 'court-select', courtOffered: false });
      expect(reduceCourtStatus(status, missing)).toMatchObject({
        status: 'not-needed',
        conflict: { sign: 'court-not-offered', step: 'court-select', at: T1 },
      });
    });

    it('keeps the first conflict', () => {
      const flagged = reduceCourtStatus(notNeeded(linked()), linkProofs[0]![1]);
      const again = reduceCourtStatus(flagged, { ...linkProofs[1]![1], at: T2 });
      expect(again).toBe(flagged);
    });

    it('clears the conflict on PACER-only menus, which agree with it', () => {
      const flagged = reduceCourtStatus(notNeeded(), linkProofs[0]![1]);
      const next = reduceCourtStatus(flagged, pacerOnlyMenus);
      expect(next.status).toBe('not-needed');
      expect(next).not.toHaveProperty('conflict');
    });

    it('has no conflict on PACER-only menus alone', () => {
      expect(reduceCourtStatus(notNeeded(), pacerOnlyMenus)).not.toHaveProperty('conflict');
    });
  });
});

describe('reset', () => {
  const reset = { type: 'reset', at: T2 } as const;

  it.each<[string, CourtStatus]>([
    ...everyDetected.filter(([name]) => name !== 'not-started'),
    ['manual linked', manualLinked(linked())],
    [
      'not-needed with a conflict',
      { ...notNeeded(), conflict: { sign: 'link-done', step: 'link-done', at: T1 } },
    ],
  ])('forgets %s entirely, manual setting included', (_, status) => {
    expect(reduceCourtStatus(status, reset)).toStrictEqual({ status: 'not-started', at: T2 });
  });

  it('returns not-started itself', () => {
    expect(reduceCourtStatus(notStarted, reset)).toBe(notStarted);
  });
});
