// The popup: the court of this tab first, then "My courts" grouped with a
// summary, each row saying its status and how it was learned.
import { cleanup, screen, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { COURTS } from '../../src/flows/court-registry';
import { stepOfTotal } from '../../src/flows/flows';
import { formatDate } from '../../src/popup/describe-status';
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
import { courtRows, openPopup, rowOf, storedWith } from './open-popup';

afterEach(cleanup);

describe('the popup, over no court', () => {
  it('works with no court tab and no courts', async () => {
    await openPopup();
    expect(screen.getByText(/No court’s page is open in this tab/)).toBeTruthy();
    expect(screen.getByText(/No courts yet/)).toBeTruthy();
    expect(courtRows()).toHaveLength(0);
  });

  it('links to the options page', async () => {
    await openPopup();
    const link = screen.getByRole('link', { name: /Options/ });
    expect(link.getAttribute('href')).toBe(
      'chrome-extension://test-extension-id/src/options/index.html',
    );
  });
});

describe('this tab', () => {
  it('shows the court of a CM/ECF tab: name, status, step, next action and a way to continue', async () => {
    await openPopup({
      stored: storedWith({ mnd: inProgress('court-link', 'utilities') }),
      tabUrl: 'https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
    });
    const section = screen.getByRole('region', { name: /This tab/ });
    expect(section.dataset.court).toBe('mnd');
    const view = within(section);
    expect(
      view.getByRole('heading', {
        name: 'This tab: U.S. District Court for the District of Minnesota',
      }),
    ).toBeTruthy();
    expect(view.getByText('In progress: step 4 of 8')).toBeTruthy();
    expect(view.getByText(`Detected on the court’s CM/ECF site, ${formatDate(T0)}`)).toBeTruthy();
    expect(section.textContent).toContain(
      'Next (step 4 of 8): Click Link a CM/ECF account to my PACER account.',
    );
    expect(view.getByRole('link', { name: 'Continue' }).getAttribute('href')).toBe(
      'https://ecf.mnd.uscourts.gov/',
    );
  });

  it('offers to start in a court not yet in "My courts"', async () => {
    await openPopup({ tabUrl: 'https://ecf.cacb.uscourts.gov/' });
    const view = within(screen.getByRole('region', { name: /This tab/ }));
    expect(view.getByText('Not started')).toBeTruthy();
    expect(
      view.getByRole('link', { name: 'Start linking in this court' }).getAttribute('href'),
    ).toBe('https://ecf.cacb.uscourts.gov/');
  });

  it('puts the court under way when the filer presses Start, and not before', async () => {
    await openPopup({ tabUrl: 'https://ecf.cacb.uscourts.gov/' });
    expect((await fakeBrowser.storage.local.get('statuses')).statuses ?? {}).toStrictEqual({});
    const view = within(screen.getByRole('region', { name: /This tab/ }));
    view.getByRole('link', { name: 'Start linking in this court' }).click();
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('statuses')).statuses).toMatchObject({
        cacb: { status: 'in-progress', flow: 'court-link', step: 'ecf-home' },
      }),
    );
  });

  it('says a training site is practice', async () => {
    await openPopup({ tabUrl: 'https://ecf-train.mnd.uscourts.gov/' });
    expect(screen.getByText(/training site/)).toBeTruthy();
  });

  it('finds the court of a PACER tab from what the tab last reported', async () => {
    const stored = storedWith({ cob: inProgress('pacer-request', 'payment') });
    await openPopup({
      stored,
      tabUrl: 'https://pacer.psc.uscourts.gov/pscof/regWizard.jsf',
      tabCourt: 'cob',
    });
    const section = screen.getByRole('region', { name: /This tab/ });
    expect(section.dataset.court).toBe('cob');
    expect(within(section).getByRole('link', { name: 'Continue' }).getAttribute('href')).toBe(
      'https://pacer.uscourts.gov/',
    );
  });

  it('reads what a tab reported only for a PACER page, whose host names no court', async () => {
    const read = vi.spyOn(fakeBrowser.storage.session, 'get');
    await openPopup({ tabUrl: 'https://ecf.cacb.uscourts.gov/', tabCourt: 'cob' });
    expect(screen.getByRole('region', { name: /This tab/ }).dataset.court).toBe('cacb');
    expect(read).not.toHaveBeenCalled();
    cleanup();
    await openPopup({
      tabUrl: 'https://pacer.login.uscourts.gov/csologin/login.jsf',
      tabCourt: 'cob',
    });
    await vi.waitFor(() =>
      expect(screen.getByRole('region', { name: /This tab/ }).dataset.court).toBe('cob'),
    );
    expect(read).toHaveBeenCalled();
  });

  it('shows no court for a page the extension may not read', async () => {
    await openPopup({ stored: storedWith({ mnd: linked() }), tabUrl: 'https://www.example.com/' });
    expect(screen.getByText(/No court’s page is open in this tab/)).toBeTruthy();
  });
});

describe('my courts', () => {
  const statuses = {
    mnd: inProgress('court-link', 'link-form'),
    cacb: linked(),
    iasd: linkedWithConflict,
    ncmb: requested,
    cob: notStarted,
    nysd: manualLinked(inProgress('pacer-request', 'court-select')),
    cand: notNeeded(),
  };

  it('carries data-court and data-status on every row, grouped, with a summary', async () => {
    await openPopup({ stored: storedWith(statuses) });
    const rows = courtRows().map((row) => [row.dataset.court, row.dataset.status]);
    expect(rows).toStrictEqual([
      ['mnd', 'in-progress'],
      ['ncmb', 'requested'],
      ['cob', 'not-started'],
      // Within a group, the registry's order: district courts, then bankruptcy courts, each by id.
      ['iasd', 'linked'],
      ['nysd', 'linked'],
      ['cacb', 'linked'],
      ['cand', 'not-needed'],
    ]);
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toStrictEqual([
      'In progress (1)',
      'Requested (1)',
      'Not started (1)',
      'Linked (3)',
      'Not needed (1)',
    ]);
    expect(screen.getByText('3 of 7 courts linked, 1 not needed')).toBeTruthy();
  });

  it('says how each status was learned, and shows a conflict', async () => {
    await openPopup({ stored: storedWith(statuses) });
    const date = formatDate(T0);
    expect(rowOf('cacb')?.textContent).toContain(`Detected: link confirmed, ${date}`);
    expect(rowOf('ncmb')?.textContent).toContain(`Detected: request submitted, ${date}`);
    expect(rowOf('nysd')?.textContent).toContain(
      `Set by you, ${date} (the pages showed: in progress, step ${stepOfTotal('pacer-request', 'court-select').join(' of ')})`,
    );
    expect(rowOf('iasd')?.textContent).toMatch(/Conflict: .*only PACER menus/);
    expect(rowOf('cacb')?.textContent).not.toMatch(/Conflict/);
  });

  it('names courts from the registry and offers start or continue only where something is left to do', async () => {
    await openPopup({ stored: storedWith(statuses) });
    expect(rowOf('mnd')?.textContent).toContain('Minnesota District Court');
    expect(
      within(rowOf('mnd') as HTMLElement)
        .getByRole('link', { name: /Continue/ })
        .getAttribute('href'),
    ).toBe('https://ecf.mnd.uscourts.gov/');
    expect(within(rowOf('cob') as HTMLElement).getByRole('link', { name: /Start/ })).toBeTruthy();
    expect(within(rowOf('cacb') as HTMLElement).queryByRole('link')).toBeNull();
  });

  it('shows all 188 courts', async () => {
    const all = Object.fromEntries(COURTS.map((court) => [court.id, linked()]));
    await openPopup({ stored: storedWith(all) });
    // The first frame has FIRST_FRAME_ROWS of them (my-courts-first-frame.test.tsx); the rest follow.
    await vi.waitFor(() => expect(courtRows()).toHaveLength(188));
    expect(screen.getByText('188 of 188 courts linked')).toBeTruthy();
  });
});

describe('reading what it shows', () => {
  it('reads storage itself, without waiting for the background to wake', async () => {
    await openPopup({
      stored: storedWith({ mnd: inProgress('court-link', 'utilities') }),
      background: false,
    });
    await screen.findByRole('heading', { name: 'My courts' });
    expect(courtRows().map((row) => row.dataset.court)).toEqual(['mnd']);
  });

  it('leaves data that needs migrating to the background, the single writer', async () => {
    await openPopup({ stored: { courtStatuses: {} }, background: false });
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded/);
  });
});

describe('when things go wrong', () => {
  it('says so and offers to try again when the background does not answer', async () => {
    await openPopup({ background: false });
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
