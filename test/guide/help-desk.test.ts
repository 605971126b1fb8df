// The way out when stuck: the court's CM/ECF help desk, in the guide, where
// the filer cannot go on (names differ, the link utility cannot be found).
import { bundledGuideCode } from '../../src/guide/bundled-guide-code';
import { startGuide } from '../../src/guide/start-guide';
import { fakeGuideBackend, inProgress, type FakeBackend } from '../support/fake-guide-backend';
import { guideHost, inGuide, showFixture, showPage } from '../support/show-page';
import { expectCacbHelpDesk, helpDesk, phoneLinks } from './cacb-help-desk';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

function start(file: string, url: string, prepare?: (backend: FakeBackend) => void): void {
  showFixture(file, url);
  const backend = fakeGuideBackend();
  prepare?.(backend);
  stop = startGuide(window, backend, bundledGuideCode);
}

describe('the help desk in the guide', () => {
  it('says whom to call on the confirm page when the names differ', async () => {
    start(
      'authored/cacb-link-confirm-names-differ.html',
      'https://ecf.cacb.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    await vi.waitFor(() => expect(helpDesk()).not.toBeNull());
    // Under the warning, in the names check.
    expectCacbHelpDesk();
  });

  it('says nothing of it when the names match', async () => {
    start(
      'authored/mnd-link-confirm-match.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    await vi.waitFor(() =>
      expect(inGuide('[data-part="names-verdict"]')?.textContent).toContain('The names match'),
    );
    expect(helpDesk()).toBeNull();
  });

  it('offers it once the link utility cannot be found, not while still looking', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    showPage(
      `<div id="topmenu" class="yuimenubar"><a class="yuimenubaritemlabel" href="/cgi-bin/iquery.pl">Query</a></div>
       <h2>Utilities</h2><h3>Your Account</h3><p>Nothing else here yet.</p>`,
      'https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
    );
    stop = startGuide(window, fakeGuideBackend(), bundledGuideCode);
    await vi.waitFor(() =>
      expect(inGuide('[data-part="missing"]')?.textContent).toContain('Looking for'),
    );
    expect(helpDesk()).toBeNull();
    await vi.advanceTimersByTimeAsync(4_100);
    await vi.waitFor(() => expect(helpDesk()).not.toBeNull());
    expect(helpDesk()?.textContent).toContain(
      'Call the Minnesota District Court CM/ECF help desk: 866-325-4975',
    );
    expect(phoneLinks()).toEqual([['866-325-4975', 'tel:+18663254975']]);
  });

  it('ends the checklist shown off the flow', async () => {
    start(
      'authored/mnd-written-opinions-not-a-step.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/WrtOpRpt.pl',
      (backend) => {
        backend.status = inProgress('court-link', 'utilities');
      },
    );
    await vi.waitFor(() => expect(inGuide('ol.checklist')).not.toBeNull());
    await vi.waitFor(() => expect(helpDesk()?.dataset.court).toBe('mnd'));
    expect(inGuide('ol.checklist')?.nextElementSibling).toBe(helpDesk());
    expect(phoneLinks()).toEqual([['866-325-4975', 'tel:+18663254975']]);
  });

  it('is not on a step where the filer is not stuck', async () => {
    start(
      'authored/mnd-utilities-your-account-heading.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
    );
    await vi.waitFor(() => expect(inGuide('[data-part="highlight"]')).not.toBeNull());
    expect(guideHost()?.dataset.court).toBe('mnd');
    expect(helpDesk()).toBeNull();
  });
});
