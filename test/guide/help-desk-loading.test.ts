// The help desks' phones are not in the overlay: the guide loads them the
// first time a filer is stuck, once per page, and shows nothing while they
// load or when they cannot be loaded.
import { bundledGuideCode } from '../../src/guide/bundled-guide-code';
import type { LoadHelpDesks } from '../../src/guide/guide-code';
import { startGuide } from '../../src/guide/start-guide';
import { fakeGuideBackend } from '../support/fake-guide-backend';
import { inGuide, showFixture, showPage } from '../support/show-page';
import { expectCacbHelpDesk, helpDesk } from './cacb-help-desk';

// Collapsing and expanding are pressed with jsdom's events, which no person
// causes (isTrusted false); guide-trusted-events.test.ts checks the real rule.
vi.mock('../../src/guide/from-person', () => ({ fromPerson: () => true }));

const NAMES_DIFFER = {
  file: 'authored/cacb-link-confirm-names-differ.html',
  url: 'https://ecf.cacb.uscourts.gov/cgi-bin/LinkAccount.pl',
};
const NAMES_MATCH = {
  file: 'authored/mnd-link-confirm-match.html',
  url: 'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
};
const UTILITIES = {
  file: 'authored/mnd-utilities-your-account-heading.html',
  url: 'https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
};

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

function start(page: { file: string; url: string }, helpDesks: LoadHelpDesks): void {
  showFixture(page.file, page.url);
  stop = startGuide(window, fakeGuideBackend(), { ...bundledGuideCode, helpDesks });
}

const verdict = () => inGuide('[data-part="names-verdict"]')?.textContent ?? '';
const namesDiffer = () => inGuide('[data-part="names-verdict"].differ');
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('loading the help desks', () => {
  it('shows the help desk once they are loaded, with the same phones and page', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const load = vi.fn(() => held.then(bundledGuideCode.helpDesks));
    start(NAMES_DIFFER, load);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    expect(namesDiffer()).not.toBeNull();
    expect(helpDesk()).toBeNull();
    release();
    await vi.waitFor(() => expect(helpDesk()).not.toBeNull());
    expectCacbHelpDesk();
  });

  it('shows nothing of it, and the rest of the bubble, when they cannot be loaded (the extension was updated)', async () => {
    const load = vi.fn(() => Promise.reject(new Error('Extension context invalidated.')));
    start(NAMES_DIFFER, load);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await settle();
    expect(helpDesk()).toBeNull();
    expect(namesDiffer()).not.toBeNull();
    expect(inGuide('[data-part="cmecf-name"]')?.textContent).not.toBe('');
    // Drawn again (the page changed), it neither asks again nor shows a half help desk.
    document.dispatchEvent(new Event('change'));
    await settle();
    expect(helpDesk()).toBeNull();
    expect(inGuide('[data-part="hint"]')).not.toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows nothing of it when the loader throws at once', async () => {
    const load = vi.fn((): ReturnType<LoadHelpDesks> => {
      throw new Error('Extension context invalidated.');
    });
    start(NAMES_DIFFER, load);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await settle();
    expect(helpDesk()).toBeNull();
    expect(namesDiffer()).not.toBeNull();
  });

  it('is not done on a step where the filer is not stuck', async () => {
    const load = vi.fn(bundledGuideCode.helpDesks);
    start(UTILITIES, load);
    await vi.waitFor(() => expect(inGuide('[data-part="highlight"]')).not.toBeNull());
    await settle();
    expect(load).not.toHaveBeenCalled();
  });

  it('is not done when the names match', async () => {
    const load = vi.fn(bundledGuideCode.helpDesks);
    start(NAMES_MATCH, load);
    await vi.waitFor(() => expect(verdict()).toContain('The names match'));
    await settle();
    expect(load).not.toHaveBeenCalled();
  });

  it('waits, like the help desk, until the guide gives up looking for the target', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const load = vi.fn(bundledGuideCode.helpDesks);
    showPage(
      `<div id="topmenu" class="yuimenubar"><a class="yuimenubaritemlabel" href="/cgi-bin/iquery.pl">Query</a></div>
       <h2>Utilities</h2><h3>Your Account</h3><p>Nothing else here yet.</p>`,
      'https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
    );
    stop = startGuide(window, fakeGuideBackend(), { ...bundledGuideCode, helpDesks: load });
    await vi.waitFor(() =>
      expect(inGuide('[data-part="missing"]')?.textContent).toContain('Looking for'),
    );
    expect(load).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(4_100);
    await vi.waitFor(() => expect(helpDesk()?.dataset.court).toBe('mnd'));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is done once a page, however often the help desk is drawn again', async () => {
    const load = vi.fn(bundledGuideCode.helpDesks);
    start(NAMES_DIFFER, load);
    await vi.waitFor(() => expect(helpDesk()).not.toBeNull());
    inGuide('[data-action="collapse"]')?.click();
    await vi.waitFor(() => expect(inGuide('[data-action="expand"]')).not.toBeNull());
    expect(helpDesk()).toBeNull();
    inGuide('[data-action="expand"]')?.click();
    await vi.waitFor(() => expect(helpDesk()).not.toBeNull());
    expect(load).toHaveBeenCalledTimes(1);
  });
});
