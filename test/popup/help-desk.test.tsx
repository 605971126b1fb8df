// The court's CM/ECF help desk under each court not yet linked, and a nudge
// for a request that has waited more than a week.
import { cleanup } from '@testing-library/preact';
import {
  inProgress,
  linked,
  manualLinked,
  notNeeded,
  notStarted,
  requested,
} from '../progress/builders';
import { openPopup, rowOf, storedWith } from './open-popup';

afterEach(cleanup);

const DAY = 24 * 60 * 60 * 1000;
const helpDeskOf = (court: string) =>
  rowOf(court)?.querySelector<HTMLElement>('[data-part="help-desk"]');
const phoneLinks = (court: string) =>
  [...(helpDeskOf(court)?.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]') ?? [])].map(
    (link) => [link.textContent, link.getAttribute('href')],
  );

describe('the help desk in "My courts"', () => {
  it('is under every court not yet linked, with that court’s phones and page', async () => {
    await openPopup({
      stored: storedWith({
        mnd: notStarted,
        cacb: inProgress('court-link', 'utilities'),
        iasd: { ...requested, at: Date.now() - 2 * DAY },
      }),
    });
    expect(helpDeskOf('mnd')?.textContent).toContain(
      'Call the Minnesota District Court CM/ECF help desk: 866-325-4975',
    );
    expect(phoneLinks('mnd')).toEqual([['866-325-4975', 'tel:+18663254975']]);
    expect(phoneLinks('cacb')).toEqual([
      ['213-894-2365', 'tel:+12138942365'],
      ['855-460-9641', 'tel:+18554609641'],
    ]);
    expect(helpDeskOf('cacb')?.textContent).toContain('855-460-9641 (CALL CENTER)');
    expect(helpDeskOf('iasd')?.textContent).toMatch(
      /^Call the Iowa Southern District Court CM\/ECF help desk: 515-284-6388/,
    );
    const page = helpDeskOf('iasd')?.querySelector<HTMLAnchorElement>('a[target="_blank"]');
    expect(page?.getAttribute('href')).toBe('https://www.iasd.uscourts.gov/');
    expect(page?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(page?.textContent).toBe('The court’s CM/ECF help page in Iowa Southern District Court');
  });

  it('says how long a request has waited, once that is more than a week', async () => {
    await openPopup({
      stored: storedWith({
        iasd: { ...requested, at: Date.now() - 9 * DAY - 60_000 },
        mnd: { ...requested, at: Date.now() - 7 * DAY + 60_000 },
      }),
    });
    expect(helpDeskOf('iasd')?.textContent).toMatch(
      /^Requested 9 days ago — if you have heard nothing, call the Iowa Southern District Court CM\/ECF help desk: 515-284-6388/,
    );
    expect(phoneLinks('iasd')).toEqual([['515-284-6388', 'tel:+15152846388']]);
    expect(helpDeskOf('mnd')?.textContent).toMatch(/^Call the Minnesota District Court/);
  });

  it('says to contact the court when it lists no phone, and links its page', async () => {
    await openPopup({
      stored: storedWith({
        gud: notStarted,
        sdd: { ...requested, at: Date.now() - 10 * DAY - 60_000 },
        nmid: notStarted,
      }),
    });
    expect(helpDeskOf('gud')?.textContent).toContain(
      'PACER lists no CM/ECF help desk phone for the Guam District Court.',
    );
    expect(helpDeskOf('gud')?.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.gud.uscourts.gov/',
    );
    expect(helpDeskOf('sdd')?.textContent).toContain(
      'Requested 10 days ago — if you have heard nothing, contact the South Dakota District Court.',
    );
    // PACER gives the Northern Mariana Islands neither phone nor page.
    expect(helpDeskOf('nmid')).toBeNull();
  });

  it('is not under a linked court, or one the filer does not need', async () => {
    await openPopup({
      stored: storedWith({
        mnd: linked(),
        cacb: manualLinked(),
        iasd: notNeeded(),
        ctd: notStarted,
      }),
    });
    for (const court of ['mnd', 'cacb', 'iasd', 'ctd']) expect(rowOf(court)).not.toBeNull();
    expect(helpDeskOf('mnd')).toBeNull();
    expect(helpDeskOf('cacb')).toBeNull();
    expect(helpDeskOf('iasd')).toBeNull();
    expect(helpDeskOf('ctd')).not.toBeNull();
  });
});
