// The words the popup uses for a status.
import { courtById } from '../../src/flows/court-registry';
import { stepOfTotal } from '../../src/flows/flows';
import type { Court } from '../../src/flows/types';
import {
  conflictText,
  formatDate,
  howLearned,
  nextAction,
  startLink,
  statusLabel,
} from '../../src/popup/describe-status';
import type { CourtStatus } from '../../src/progress/court-status';
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

const mnd = courtById('mnd') as Court;
const day = formatDate(T0);

describe('formatDate', () => {
  it('writes day, short month and year', () => {
    expect(formatDate(new Date(2026, 10, 21, 15, 30).getTime())).toBe('21 Nov 2026');
    expect(formatDate(new Date(2027, 0, 2).getTime())).toBe('2 Jan 2027');
  });
});

describe('status words', () => {
  it.each<[string, CourtStatus, string, string]>([
    ['not started', notStarted, 'Not started', 'Nothing seen yet'],
    [
      'in progress',
      inProgress('pacer-request', 'payment'),
      `In progress: step ${stepOfTotal('pacer-request', 'payment').join(' of ')}`,
      `Detected on PACER, ${day}`,
    ],
    ['requested', requested, 'Requested', `Detected: request submitted, ${day}`],
    ['linked on link-done', linked(), 'Linked', `Detected: link confirmed, ${day}`],
    [
      'linked by filing menus',
      linked('filing-menus', 'ecf-main'),
      'Linked',
      `Detected: filing menus shown, ${day}`,
    ],
    [
      'linked by the PACER list',
      linked('court-not-offered', 'court-select'),
      'Linked',
      `Detected: court no longer offered in PACER’s list, ${day}`,
    ],
    ['linked by hand', manualLinked(), 'Linked', `Set by you, ${day}`],
    [
      'not needed over a step',
      notNeeded(inProgress('court-link', 'link-form')),
      'Not needed',
      `Set by you, ${day} (the pages showed: in progress, step 6 of 8)`,
    ],
  ])('%s', (_what, status, label, how) => {
    expect(statusLabel(status)).toBe(label);
    expect(howLearned(status)).toBe(how);
  });
});

describe('conflictText', () => {
  it('explains PACER-only menus under a linked status', () => {
    expect(conflictText(linkedWithConflict)).toMatch(/^Conflict: on .* only PACER menus/);
  });

  it('explains proof of a link under not needed', () => {
    const status: CourtStatus = {
      ...notNeeded(),
      conflict: { sign: 'link-done', step: 'link-done', at: T0 },
    };
    expect(conflictText(status)).toBe(
      `Conflict: on ${day} a page showed this court as linked (link confirmed). Clear your setting to follow the pages.`,
    );
  });

  it('is null without a conflict', () => {
    expect(conflictText(linked())).toBeNull();
  });
});

describe('next action and start link', () => {
  it('starts on the court’s CM/ECF site', () => {
    expect(nextAction(notStarted)).toBe('Click Document Filing System.');
    expect(startLink(mnd, notStarted)).toStrictEqual({
      label: 'Start',
      href: 'https://ecf.mnd.uscourts.gov/',
    });
  });

  it('continues a flow where it is under way', () => {
    expect(nextAction(inProgress('court-link', 'ecf-main'))).toBe('Click Utilities.');
    expect(startLink(mnd, inProgress('court-link', 'ecf-main'))?.href).toBe(
      'https://ecf.mnd.uscourts.gov/',
    );
    expect(startLink(mnd, inProgress('pacer-request', 'terms'))?.href).toBe(
      'https://pacer.uscourts.gov/',
    );
  });

  it('has nothing to start once linked or not needed', () => {
    expect(startLink(mnd, linked())).toBeNull();
    expect(startLink(mnd, notNeeded())).toBeNull();
    expect(nextAction(linked())).toMatch(/^Nothing/);
    expect(startLink(mnd, requested)?.label).toBe('Check the request');
  });
});
