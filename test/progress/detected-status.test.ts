import type { CourtStatus } from '../../src/progress/court-status';
import { reduceCourtStatus } from '../../src/progress/reduce-court-status';
import {
  T0,
  T1,
  inProgress,
  linkProofs,
  linked,
  linkedWithConflict,
  notStarted,
  pacerOnlyMenus,
  page,
  requested,
} from './builders';

const everyDetected: readonly [string, CourtStatus][] = [
  ['not-started', notStarted],
  ['in-progress', inProgress('court-link', 'utilities')],
  ['requested', requested],
  ['linked', linked()],
  ['linked with a conflict', linkedWithConflict],
];

describe('a page that says nothing', () => {
  it.each(everyDetected)('leaves %s as the same object', (_, status) => {
    expect(reduceCourtStatus(status, page())).toBe(status);
  });

  it('leaves in-progress alone when the step has no flow and none is under way', () => {
    expect(reduceCourtStatus(notStarted, page({ step: 'pacer-login' }))).toBe(notStarted);
  });
});

describe('what recognition decided of the page', () => {
  it('starts a flow where recognition says the page starts one, by no list of its own', () => {
    const home = page({ flow: 'court-link', step: 'ecf-home', startsFlow: true });
    expect(reduceCourtStatus(notStarted, home)).toEqual(inProgress('court-link', 'ecf-home', T1));
    const utilities = page({ flow: 'court-link', step: 'utilities', startsFlow: false });
    expect(reduceCourtStatus(notStarted, utilities)).toBe(notStarted);
  });

  it('is linked by the sign recognition read, not by the step', () => {
    const done = page({ flow: 'court-link', step: 'link-done', linkSign: null });
    expect(reduceCourtStatus(notStarted, done)).toEqual(inProgress('court-link', 'link-done', T1));
    const proof = page({ flow: 'court-link', step: 'utilities', linkSign: 'link-done' });
    expect(reduceCourtStatus(notStarted, proof)).toEqual(linked('link-done', 'utilities', T1));
  });
});

describe('not-started', () => {
  it('moves to in-progress with the flow and step seen, at the time seen', () => {
    expect(reduceCourtStatus(notStarted, page({ flow: 'court-link', step: 'utilities' }))).toEqual(
      inProgress('court-link', 'utilities', T1),
    );
  });

  // Every user of a court passes these pages, most with nothing to link: reading is no progress.
  it.each([
    ['court-link', 'ecf-home'],
    ['court-link', 'pacer-login'],
    ['court-link', 'ecf-main'],
    ['pacer-request', 'pacer-home'],
    ['pacer-request', 'manage-login-gate'],
    ['pacer-request', 'pacer-login'],
    ['pacer-request', 'manage-account'],
  ] as const)('stays not started on %s %s, a page every user passes', (flow, step) => {
    expect(reduceCourtStatus(notStarted, page({ flow, step }))).toBe(notStarted);
  });

  it.each([
    ['court-link', 'utilities'],
    ['court-link', 'release-1-1-menu'],
    ['court-link', 'link-form'],
    ['court-link', 'link-confirm'],
    ['pacer-request', 'maintenance'],
    ['pacer-request', 'court-select'],
    ['pacer-request', 'registration-type'],
    ['pacer-request', 'terms'],
  ] as const)('starts the flow on %s %s, a step past the landing page', (flow, step) => {
    expect(reduceCourtStatus(notStarted, page({ flow, step }))).toEqual(inProgress(flow, step, T1));
  });

  it('moves to in-progress on a PACER-side step', () => {
    expect(
      reduceCourtStatus(notStarted, page({ flow: 'pacer-request', step: 'maintenance' })),
    ).toEqual(inProgress('pacer-request', 'maintenance', T1));
  });

  it('stays not started at ecf-main on PACER-only menus', () => {
    expect(reduceCourtStatus(notStarted, pacerOnlyMenus)).toBe(notStarted);
  });

  it('stays not started on a docket with PACER-only menus', () => {
    expect(reduceCourtStatus(notStarted, page({ linkSign: 'pacer-only-menus' }))).toBe(notStarted);
  });

  it('moves to requested on request-submitted', () => {
    expect(
      reduceCourtStatus(notStarted, page({ flow: 'pacer-request', step: 'request-submitted' })),
    ).toEqual({ ...requested, at: T1 });
  });

  it.each(linkProofs)('moves to linked on %s', (_, proof, evidence) => {
    expect(reduceCourtStatus(notStarted, proof)).toEqual(linked(evidence, proof.step, T1));
  });

  it('moves to linked on filing menus on a page outside the flows, recording no step', () => {
    expect(reduceCourtStatus(notStarted, page({ linkSign: 'filing-menus' }))).toEqual(
      linked('filing-menus', null, T1),
    );
  });

  it('is not linked by a court missing from the drop-down: no request is under way for it', () => {
    const courtSelect = page({ flow: 'pacer-request', step: 'court-select', courtOffered: false });
    expect(reduceCourtStatus(notStarted, courtSelect)).toEqual(
      inProgress('pacer-request', 'court-select', T1),
    );
  });

  it('is requested, not linked, by a request the history lists as pending', () => {
    const history = page({
      flow: 'pacer-request',
      step: 'registration-history',
      request: 'pending',
    });
    expect(reduceCourtStatus(notStarted, history)).toMatchObject({
      status: 'requested',
      at: T1,
    });
  });

  it('is only in progress when the history lists no request the words of which prove anything', () => {
    const history = page({ flow: 'pacer-request', step: 'registration-history', request: null });
    expect(reduceCourtStatus(notStarted, history)).toEqual(
      inProgress('pacer-request', 'registration-history', T1),
    );
  });
});

describe('in-progress', () => {
  const atUtilities = inProgress('court-link', 'utilities');

  it('follows the next step', () => {
    expect(reduceCourtStatus(atUtilities, page({ flow: 'court-link', step: 'link-form' }))).toEqual(
      inProgress('court-link', 'link-form', T1),
    );
  });

  it('follows the filer back to an earlier step', () => {
    const atConfirm = inProgress('court-link', 'link-confirm');
    expect(reduceCourtStatus(atConfirm, page({ flow: 'court-link', step: 'ecf-home' }))).toEqual(
      inProgress('court-link', 'ecf-home', T1),
    );
  });

  it('returns the same object when the same step is seen again', () => {
    expect(reduceCourtStatus(atUtilities, page({ flow: 'court-link', step: 'utilities' }))).toBe(
      atUtilities,
    );
  });

  it('switches flow when the filer turns to the other one', () => {
    expect(
      reduceCourtStatus(atUtilities, page({ flow: 'pacer-request', step: 'pacer-home' })),
    ).toEqual(inProgress('pacer-request', 'pacer-home', T1));
  });

  it('keeps its flow for a step recognised without one', () => {
    const atGate = inProgress('pacer-request', 'manage-login-gate');
    expect(reduceCourtStatus(atGate, page({ step: 'pacer-login' }))).toEqual(
      inProgress('pacer-request', 'pacer-login', T1),
    );
  });

  it('moves to requested on request-submitted', () => {
    const atTerms = inProgress('pacer-request', 'terms');
    expect(
      reduceCourtStatus(atTerms, page({ flow: 'pacer-request', step: 'request-submitted' })),
    ).toEqual({ ...requested, at: T1 });
  });

  it.each(linkProofs)('moves to linked on %s', (_, proof, evidence) => {
    expect(reduceCourtStatus(atUtilities, proof)).toEqual(linked(evidence, proof.step, T1));
  });

  it('moves to ecf-main on PACER-only menus', () => {
    expect(reduceCourtStatus(atUtilities, pacerOnlyMenus)).toEqual(
      inProgress('court-link', 'ecf-main', T1),
    );
  });

  describe('on court-select while its PACER request is under way', () => {
    const requesting = inProgress('pacer-request', 'maintenance');

    it('moves to linked when the court is missing from the drop-down', () => {
      const missing = page({ flow: 'pacer-request', step: 'court-select', courtOffered: false });
      expect(reduceCourtStatus(requesting, missing)).toEqual(
        linked('court-not-offered', 'court-select', T1),
      );
    });

    it('moves to court-select when the court is offered', () => {
      const offered = page({ flow: 'pacer-request', step: 'court-select', courtOffered: true });
      expect(reduceCourtStatus(requesting, offered)).toEqual(
        inProgress('pacer-request', 'court-select', T1),
      );
    });
  });

  it('is not linked by a court missing from the drop-down while on the court-link flow', () => {
    const missing = page({ flow: 'pacer-request', step: 'court-select', courtOffered: false });
    expect(reduceCourtStatus(atUtilities, missing)).toEqual(
      inProgress('pacer-request', 'court-select', T1),
    );
  });
});

describe('requested', () => {
  it.each([
    ['an earlier PACER step', page({ flow: 'pacer-request', step: 'terms' })],
    [
      'the history page, request pending',
      page({ flow: 'pacer-request', step: 'registration-history', request: 'pending' }),
    ],
    ['a court-link step', page({ flow: 'court-link', step: 'utilities' })],
    ['request-submitted again', page({ flow: 'pacer-request', step: 'request-submitted' })],
    ['PACER-only menus', pacerOnlyMenus],
    [
      'the court missing from the drop-down',
      page({ flow: 'pacer-request', step: 'court-select', courtOffered: false }),
    ],
  ])('is not downgraded by %s', (_, seen) => {
    expect(reduceCourtStatus(requested, seen)).toBe(requested);
  });

  it.each(linkProofs)('is upgraded to linked on %s', (_, proof, evidence) => {
    expect(reduceCourtStatus(requested, proof)).toEqual(linked(evidence, proof.step, T1));
  });
});

describe('linked', () => {
  const done = linked('link-done', 'link-done', T0);

  it.each([
    ['a court-link step', page({ flow: 'court-link', step: 'utilities' })],
    ['a PACER step', page({ flow: 'pacer-request', step: 'court-select', courtOffered: true })],
    ['request-submitted', page({ flow: 'pacer-request', step: 'request-submitted' })],
  ])('is never downgraded by %s', (_, seen) => {
    expect(reduceCourtStatus(done, seen)).toBe(done);
  });

  it.each(linkProofs)('keeps its first proof and time on %s', (_, proof) => {
    expect(reduceCourtStatus(done, proof)).toBe(done);
  });

  it('stays linked on PACER-only menus but flags the conflict with when and where', () => {
    expect(reduceCourtStatus(done, pacerOnlyMenus)).toEqual({
      ...done,
      conflict: { sign: 'pacer-only-menus', step: 'ecf-main', at: T1 },
    });
  });

  it('keeps the first conflict when PACER-only menus are seen again', () => {
    expect(reduceCourtStatus(linkedWithConflict, pacerOnlyMenus)).toBe(linkedWithConflict);
  });

  it.each(linkProofs)('clears the conflict on %s, keeping when it was linked', (_, proof) => {
    const cleared = reduceCourtStatus(linkedWithConflict, proof);
    expect(cleared).toStrictEqual(linked('link-done', 'link-done', T0));
    expect(JSON.parse(JSON.stringify(cleared))).not.toHaveProperty('conflict');
  });

  it('keeps the conflict on a step that says nothing about the link', () => {
    const seen = page({ flow: 'court-link', step: 'utilities' });
    expect(reduceCourtStatus(linkedWithConflict, seen)).toBe(linkedWithConflict);
  });

  it('is not re-proved by the drop-down: no request is under way once linked', () => {
    const missing = page({ flow: 'pacer-request', step: 'court-select', courtOffered: false });
    expect(reduceCourtStatus(linkedWithConflict, missing)).toBe(linkedWithConflict);
  });

  it('takes proof over PACER-only menus reported on the same page', () => {
    const mixed = page({ linkSign: 'pacer-only-menus', request: 'processed' });
    expect(reduceCourtStatus(linkedWithConflict, mixed)).toStrictEqual(done);
  });
});

it('records the time from the event, not the clock', () => {
  const seen = page({ flow: 'court-link', step: 'utilities', at: 42 });
  expect(reduceCourtStatus(notStarted, seen).at).toBe(42);
  expect(reduceCourtStatus(notStarted, seen).at).not.toBe(T0);
});

describe('the filer starts a flow', () => {
  const start = { type: 'start', at: T1, flow: 'court-link' } as const;

  it('puts a court not started under way at the flow’s first step', () => {
    expect(reduceCourtStatus(notStarted, start)).toEqual(inProgress('court-link', 'ecf-home', T1));
    expect(reduceCourtStatus(notStarted, { ...start, flow: 'pacer-request' })).toEqual(
      inProgress('pacer-request', 'pacer-home', T1),
    );
  });

  it('changes nothing once a flow is under way, a request sent or the link proved', () => {
    for (const status of [inProgress('court-link', 'link-form'), requested, linked('link-done')]) {
      expect(reduceCourtStatus(status, start)).toBe(status);
    }
  });
});
