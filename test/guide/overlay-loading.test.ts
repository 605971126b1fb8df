// The overlay's code comes to a page only when it shows a step or the
// checklist: dockets and queries get the content script's own pill or nothing.
import { bundledGuideCode } from '../../src/guide/bundled-guide-code';
import type { LoadOverlay } from '../../src/guide/guide-code';
import { startGuide } from '../../src/guide/start-guide';
import type { Preferences } from '../../src/progress/preferences';
import { fakeGuideBackend } from '../support/fake-guide-backend';
import { guideHost, inGuide, showFixture } from '../support/show-page';

// These tests press the guide's buttons with jsdom's events, which no person
// causes (isTrusted false); guide-trusted-events.test.ts checks the real rule.
vi.mock('../../src/guide/from-person', () => ({ fromPerson: () => true }));

const DOCKET = {
  file: 'real/nysd_nextgen16_pacer_only_menu_docket_rendered.html',
  url: 'https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?559595',
};
const LINK_FORM = {
  file: 'authored/mnd-link-form-table.html',
  url: 'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
};

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

/** A court in "My courts", not linked yet: its dockets get the pill. */
function trackedCourt() {
  const backend = fakeGuideBackend();
  backend.tracked = true;
  return backend;
}

function start(
  page: { file: string; url: string },
  loadOverlay: LoadOverlay,
  backend = trackedCourt(),
): void {
  showFixture(page.file, page.url);
  stop = startGuide(window, backend, { ...bundledGuideCode, overlay: loadOverlay });
}

describe('loading the overlay', () => {
  it('is not done on a docket, which gets the pill alone', async () => {
    const load = vi.fn(bundledGuideCode.overlay);
    start(DOCKET, load);
    await vi.waitFor(() => expect(inGuide('[data-part="pill"]')?.textContent).toMatch(/\S/));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(load).not.toHaveBeenCalled();
    expect(inGuide('[data-part="hint"]')).toBeNull();
  });

  it('is done once when the filer opens the guide from the pill', async () => {
    const load = vi.fn(bundledGuideCode.overlay);
    start(DOCKET, load);
    await vi.waitFor(() => expect(inGuide('[data-action="expand"]')).not.toBeNull());
    inGuide('[data-action="expand"]')?.click();
    await vi.waitFor(() => expect(inGuide('[data-part="hint"]')).not.toBeNull());
    expect(inGuide('[data-part="pill"]')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('starts on a step page while the background is still answering, and draws once it has', async () => {
    const backend = fakeGuideBackend();
    let answer = () => {};
    backend.getPreferences = vi.fn(
      () => new Promise<Preferences>((resolve) => (answer = () => resolve(backend.preferences))),
    );
    const load = vi.fn(bundledGuideCode.overlay);
    start(LINK_FORM, load, backend);
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(guideHost()).toBeNull();
    answer();
    await vi.waitFor(() => expect(inGuide('[data-part="hint"]')).not.toBeNull());
    expect(guideHost()?.dataset.step).toBe('link-form');
  });

  it('marks the host with the step only once the bubble is drawn', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const load = vi.fn(() => held.then(bundledGuideCode.overlay));
    start(LINK_FORM, load);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    expect(guideHost()?.dataset.step).toBeUndefined();
    release();
    await vi.waitFor(() => expect(inGuide('[data-part="hint"]')).not.toBeNull());
    expect(guideHost()?.dataset.step).toBe('link-form');
  });

  it('leaves no half-drawn guide when the code cannot be loaded (the extension was updated)', async () => {
    const load = vi.fn(() => Promise.reject(new Error('Extension context invalidated.')));
    start(LINK_FORM, load);
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(inGuide('[data-part="hint"]')).toBeNull();
    expect(inGuide('[data-part="highlight"]')).toBeNull();
    expect(guideHost()?.dataset.step).toBeUndefined();
  });
});
