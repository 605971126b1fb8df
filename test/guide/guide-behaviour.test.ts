import { bundledGuideCode } from '../../src/guide/bundled-guide-code';
import { startGuide } from '../../src/guide/start-guide';
import { fakeGuideBackend, inProgress, type FakeBackend } from '../support/fake-guide-backend';
import { HOST_SELECTOR } from '../../src/guide/mount-guide';
import { guideHost, guideShadow, inGuide, showFixture, showPage } from '../support/show-page';

// These tests press the guide's buttons with jsdom's events, which no person
// causes (isTrusted false); guide-trusted-events.test.ts checks the real rule.
vi.mock('../../src/guide/from-person', () => ({ fromPerson: () => true }));

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

async function start(
  file: string,
  url: string,
  prepare?: (backend: FakeBackend) => void,
): Promise<FakeBackend> {
  showFixture(file, url);
  const backend = fakeGuideBackend();
  prepare?.(backend);
  stop = startGuide(window, backend, bundledGuideCode);
  await vi.waitFor(() => expect(guideHost()).not.toBeNull());
  return backend;
}

const text = (selector: string) => inGuide(selector)?.textContent ?? '';

describe('on the confirm page', () => {
  it('shows both names with a match mark and rings Submit when they match', async () => {
    await start(
      'authored/mnd-link-confirm-match.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    await vi.waitFor(() =>
      expect(text('[data-part="names-verdict"]')).toContain('The names match'),
    );
    expect(text('[data-part="cmecf-name"]')).toBe(text('[data-part="pacer-name"]'));
    expect(inGuide('[data-part="highlight"]')).not.toBeNull();
  });

  it('warns prominently and rings nothing when the names differ', async () => {
    await start(
      'authored/cacb-link-confirm-names-differ.html',
      'https://ecf.cacb.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    await vi.waitFor(() =>
      expect(text('[data-part="names-verdict"]')).toContain('don’t match — go back, do not submit'),
    );
    expect(inGuide('[data-part="names-verdict"]')?.getAttribute('role')).toBe('alert');
    expect(inGuide('[data-part="highlight"]')).toBeNull();
    expect(text('[data-part="hint"]')).toMatch(/permanent/i);
  });

  it('shows a name that looks like markup as text, never as HTML', async () => {
    await start(
      'authored/iasd-link-confirm-hostile-name.html',
      'https://ecf.iasd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    await vi.waitFor(() => expect(text('[data-part="pacer-name"]')).toContain('<img'));
    expect(inGuide('img')).toBeNull();
    expect(guideShadow()?.innerHTML).not.toContain('<img');
  });
});

describe('the headline agrees with the ring', () => {
  it('says to click NextGen Release 1.1 Menu Items when that is what is ringed', async () => {
    await start(
      'authored/cacb-utilities-release-1-1-only.html',
      'https://ecf.cacb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
    );
    await vi.waitFor(() =>
      expect(text('[data-part="instruction"]')).toMatch(/^Click NextGen Release 1\.1 Menu Items/),
    );
    expect(inGuide('[data-part="highlight"]')).not.toBeNull();
    expect(text('[role="status"]')).toContain('Click NextGen Release 1.1 Menu Items');
  });

  it('says not to submit, and what to do instead, when the names differ', async () => {
    await start(
      'authored/cacb-link-confirm-names-differ.html',
      'https://ecf.cacb.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    await vi.waitFor(() => expect(text('[data-part="instruction"]')).toMatch(/^Do not submit/));
    const headline = text('[data-part="instruction"]');
    expect(headline).not.toContain('click Submit');
    expect(headline).toMatch(/go back/i);
    expect(headline).toMatch(/shared firm account/);
    expect(headline).toContain('Manage My Account');
    expect(headline).toMatch(/call the court/);
  });

  it('names ⌘R beside F5 on the success page', async () => {
    await start(
      'authored/mnd-link-done.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    await vi.waitFor(() =>
      expect(text('[data-part="hint"]')).toContain('Press F5 now (⌘R on a Mac).'),
    );
    expect(text('[data-part="instruction"]')).toContain('⌘R on a Mac');
  });
});

describe('on the PACER login page', () => {
  const LOGIN =
    'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=MNDC&appurl=https%3A%2F%2Fecf.mnd.uscourts.gov%2F';

  it('warns about shared firm accounts, and about cookies only when they are blocked', async () => {
    await start('authored/mnd-pacer-login.html', LOGIN);
    await vi.waitFor(() => expect(inGuide('[data-hint="no-shared-account"]')).not.toBeNull());
    expect(inGuide('[data-hint="cookies-blocked"]')).toBeNull();
    stop?.();

    Object.defineProperty(window.navigator, 'cookieEnabled', { value: false, configurable: true });
    try {
      await start('authored/mnd-pacer-login.html', LOGIN);
      await vi.waitFor(() => expect(inGuide('[data-hint="cookies-blocked"]')).not.toBeNull());
    } finally {
      Object.defineProperty(window.navigator, 'cookieEnabled', { value: true, configurable: true });
    }
  });

  it('says a short username looks like a legacy account, reading only the username’s length', async () => {
    await start('authored/mnd-pacer-login.html', LOGIN);
    await vi.waitFor(() => expect(inGuide('[data-part="highlight"]')).not.toBeNull());
    const username = document.getElementById('loginForm:loginName') as HTMLInputElement;
    const password = document.querySelector<HTMLInputElement>('input[type="password"]');
    const passwordReads = vi.fn();
    if (password) {
      Object.defineProperty(password, 'value', {
        get: passwordReads,
        set: () => undefined,
        configurable: true,
      });
    }

    username.value = 'jdoe12';
    username.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(inGuide('[data-hint="legacy-username"]')).not.toBeNull());
    username.value = 'jdoe1234';
    username.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(inGuide('[data-hint="legacy-username"]')).toBeNull());
    expect(passwordReads).not.toHaveBeenCalled();
  });
});

describe('when the element to use is missing', () => {
  it('looks for it for a while, then says it can’t find it, with no ring', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    showPage(
      `<div id="topmenu" class="yuimenubar"><a class="yuimenubaritemlabel" href="/cgi-bin/iquery.pl">Query</a></div>
       <h2>Utilities</h2><h3>Your Account</h3><p>Nothing else here yet.</p>`,
      'https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
    );
    const backend = fakeGuideBackend();
    stop = startGuide(window, backend, bundledGuideCode);
    await vi.waitFor(() => expect(text('[data-part="missing"]')).toContain('Looking for'));
    expect(inGuide('[data-part="highlight"]')).toBeNull();
    await vi.advanceTimersByTimeAsync(4_100);
    await vi.waitFor(() =>
      expect(text('[data-part="missing"]')).toContain('Can’t find the “Link a CM/ECF account'),
    );
  });
});

describe('pages outside the flow', () => {
  const QUERY = 'https://ecf.ctd.uscourts.gov/cgi-bin/iquery.pl';
  const CTD_QUERY = 'real/ctd_nextgen_pacer_only_menu_case_query.html';

  it('says nothing on a docket of a court the filer only reads in', async () => {
    const backend = await start(CTD_QUERY, QUERY);
    await vi.waitFor(() => expect(backend.reports).toHaveLength(1));
    await vi.waitFor(() => expect(guideHost()?.dataset.court).toBe('ctd'));
    expect(guideHost()?.dataset.step).toBe('');
    expect(inGuide('[data-part="pill"]')).toBeNull();
    expect(inGuide('[data-part="hint"]')).toBeNull();
  });

  it('offers a pill on a docket of a court the filer tracks, expanding to the way in', async () => {
    await start(CTD_QUERY, QUERY, (backend) => {
      backend.tracked = true;
    });
    await vi.waitFor(() =>
      expect(text('[data-part="pill"]')).toContain('Not linked in this court yet'),
    );
    expect(inGuide('[data-part="hint"]')).toBeNull();
    inGuide('[data-action="expand"]')?.click();
    await vi.waitFor(() => expect(text('[data-part="instruction"]')).toBe('Click Utilities.'));
  });

  it('goes quiet in a court once the filer says "I don’t e-file here" on the pill', async () => {
    const backend = await start(CTD_QUERY, QUERY, (fake) => {
      fake.tracked = true;
    });
    await vi.waitFor(() => expect(inGuide('[data-action="not-needed"]')).not.toBeNull());
    inGuide('[data-action="not-needed"]')?.click();
    await vi.waitFor(() => expect(backend.markNotNeeded).toHaveBeenCalledWith('ctd'));
    await vi.waitFor(() => expect(inGuide('[data-part="pill"]')).toBeNull());
    expect(inGuide('[data-part="hint"]')).toBeNull();
  });

  it('stays out of the way on a linked court’s pages', async () => {
    const backend = await start(
      'real/mnd_district_filer_menu_attachment_page.html',
      'https://ecf.mnd.uscourts.gov/doc1/123',
      (fake) => {
        fake.tracked = true;
      },
    );
    await vi.waitFor(() => expect(backend.reports).toHaveLength(1));
    expect(backend.reports[0]).toMatchObject({ court: 'mnd', step: null, linked: true });
    expect(inGuide('[data-part="hint"]')).toBeNull();
    expect(inGuide('[data-part="pill"]')).toBeNull();
  });

  it('offers "I don’t e-file here" on the main page, after which it stays quiet there', async () => {
    const backend = await start(
      'authored/mnd-ecf-main-pacer-only.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/login.pl',
    );
    await vi.waitFor(() => expect(text('[data-part="instruction"]')).toBe('Click Utilities.'));
    inGuide('[data-action="not-needed"]')?.click();
    await vi.waitFor(() => expect(backend.markNotNeeded).toHaveBeenCalledWith('mnd'));
    await vi.waitFor(() => expect(inGuide('[data-part="hint"]')).toBeNull());
    expect(inGuide('[data-part="pill"]')).toBeNull();
  });

  it('offers no "I don’t e-file here" on a step the filer chose to take', async () => {
    await start(
      'authored/mnd-utilities-your-account-heading.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
    );
    await vi.waitFor(() => expect(inGuide('[data-part="hint"]')).not.toBeNull());
    expect(inGuide('[data-action="not-needed"]')).toBeNull();
  });

  it('shows the checklist on an unrecognised court page while linking is under way', async () => {
    await start(
      'authored/mnd-written-opinions-not-a-step.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/WrtOpRpt.pl',
      (backend) => {
        backend.status = inProgress('court-link', 'utilities');
      },
    );
    await vi.waitFor(() =>
      expect(inGuide('li[aria-current="step"]')?.dataset.step).toBe('utilities'),
    );
    expect(inGuide('ol.checklist')?.children).toHaveLength(8);
    expect(guideHost()?.dataset.step).toBe('');
  });

  it('mounts nothing on a page that is no court’s', async () => {
    showFixture(
      'real/cacb_bankruptcy_ecf_home_document_filing_system.html',
      'https://ecf.cacb.uscourts.gov.example.com/',
    );
    const backend = fakeGuideBackend();
    stop = startGuide(window, backend, bundledGuideCode);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(guideHost()).toBeNull();
    expect(backend.reports).toHaveLength(0);
  });
});

describe('the filer’s controls', () => {
  it('collapses on Esc (remembered per court) and expands again', async () => {
    const backend = await start(
      'authored/mnd-utilities-your-account-heading.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
    );
    await vi.waitFor(() => expect(inGuide('[data-part="hint"]')).not.toBeNull());
    inGuide('[data-part="hint"]')?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    await vi.waitFor(() => expect(inGuide('[data-part="pill"]')).not.toBeNull());
    expect(backend.setGuidePreference).toHaveBeenCalledWith('mnd', { collapsed: true });
    inGuide('[data-action="expand"]')?.click();
    await vi.waitFor(() => expect(inGuide('[data-part="hint"]')).not.toBeNull());
    expect(backend.setGuidePreference).toHaveBeenLastCalledWith('mnd', { collapsed: false });
  });

  it('gives focus back to the page’s element after Esc, not to the body', async () => {
    await start(
      'authored/mnd-link-form-table.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    await vi.waitFor(() => expect(inGuide('[data-part="hint"]')).not.toBeNull());
    const field = document.querySelector<HTMLInputElement>('input[type="text"], input:not([type])');
    expect(field).not.toBeNull();
    field?.focus();
    window.dispatchEvent(
      new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyG', bubbles: true }),
    );
    expect(document.activeElement).toBe(guideHost());
    inGuide('[data-part="hint"]')?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    await vi.waitFor(() => expect(inGuide('[data-part="pill"]')).not.toBeNull());
    expect(document.activeElement).toBe(field);
  });

  it('gives focus to the pill after Esc when nothing on the page had it', async () => {
    await start(
      'authored/mnd-link-form-table.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    await vi.waitFor(() => expect(inGuide('[data-part="hint"]')).not.toBeNull());
    inGuide('[data-part="hint"]')?.focus();
    expect(document.activeElement).toBe(guideHost());
    inGuide('[data-part="hint"]')?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    await vi.waitFor(() => expect(inGuide('[data-part="pill"]')).not.toBeNull());
    expect(document.activeElement).toBe(guideHost());
    expect(guideShadow()?.activeElement).toBe(inGuide('[data-action="expand"]'));
  });

  it('turns off in a court and restarts the flow', async () => {
    const backend = await start(
      'authored/mnd-link-form-table.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    await vi.waitFor(() => expect(inGuide('[data-action="restart"]')).not.toBeNull());
    inGuide('[data-action="restart"]')?.click();
    await vi.waitFor(() => expect(backend.restartCourt).toHaveBeenCalledWith('mnd'));
    await vi.waitFor(() => expect(inGuide('[data-action="turn-off"]')).not.toBeNull());
    inGuide('[data-action="turn-off"]')?.click();
    await vi.waitFor(() => expect(inGuide('[data-part="hint"]')).toBeNull());
    expect(backend.setGuidePreference).toHaveBeenCalledWith('mnd', { enabled: false });
  });

  it('offers neither Restart nor Turn off on a PACER page that names no court', async () => {
    // No court named on the page, and none under way for the background to name.
    await start(
      'authored/pacer-manage-account.html',
      'https://pacer.psc.uscourts.gov/pscof/manage/maintenance.jsf',
      (backend) => {
        backend.reportPage = vi.fn(() => Promise.resolve(null));
      },
    );
    await vi.waitFor(() => expect(inGuide('[data-action="collapse"]')).not.toBeNull());
    expect(inGuide('[data-action="restart"]')).toBeNull();
    expect(inGuide('[data-action="turn-off"]')).toBeNull();
  });

  it('announces each new step in a status region', async () => {
    await start(
      'authored/mnd-link-form-table.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    await vi.waitFor(() =>
      expect(text('[role="status"]')).toMatch(/^Step 6 of 8: Enter your old CM\/ECF/),
    );
  });
});

describe('living with the page', () => {
  it('recognises the page again when it changes without a reload', async () => {
    const backend = await start(
      'authored/pacer-manage-account.html',
      'https://pacer.psc.uscourts.gov/pscof/manage/maintenance.jsf',
    );
    await vi.waitFor(() => expect(guideHost()?.dataset.step).toBe('manage-account'));
    // What PrimeFaces does when the Maintenance tab is clicked.
    for (const tab of document.querySelectorAll('[role="tab"]')) {
      const isMaintenance = /maintenance/i.test(tab.textContent ?? '');
      tab.setAttribute('aria-selected', String(isMaintenance));
      tab.classList.toggle('ui-state-active', isMaintenance);
      tab.classList.toggle('ui-tabs-selected', isMaintenance);
      const panelId =
        tab.getAttribute('aria-controls') ?? tab.querySelector('a')?.getAttribute('href')?.slice(1);
      const panel = document.getElementById(panelId ?? '');
      panel?.setAttribute('aria-hidden', String(!isMaintenance));
      panel?.classList.toggle('ui-helper-hidden', !isMaintenance);
      if (panel) panel.style.display = isMaintenance ? '' : 'none';
    }
    await vi.waitFor(() => expect(guideHost()?.dataset.step).toBe('maintenance'), {
      timeout: 2_000,
    });
    expect(backend.reports.map((report) => report.step)).toEqual(['manage-account', 'maintenance']);
  });

  it('adds nothing to the page’s own elements, and leaves when stopped', async () => {
    showFixture(
      'authored/mnd-utilities-your-account-heading.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
    );
    const before = document.body.outerHTML;
    const backend = fakeGuideBackend();
    stop = startGuide(window, backend, bundledGuideCode);
    await vi.waitFor(() => expect(inGuide('[data-part="highlight"]')).not.toBeNull());
    expect(document.body.outerHTML).toBe(before);
    stop();
    expect(guideHost()).toBeNull();
    document.body.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(guideHost()).toBeNull();
    expect(backend.reports).toHaveLength(1);
  });

  it('returns once when the page removes it, not in a loop', async () => {
    const backend = await start(
      'authored/mnd-link-form-table.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    await vi.waitFor(() => expect(inGuide('[data-part="hint"]')).not.toBeNull());
    guideHost()?.remove();
    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(guideHost()).not.toBeNull(), { timeout: 2_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
    expect(backend.reports).toHaveLength(1);
  });

  it('keeps guiding when the background cannot answer', async () => {
    showFixture(
      'authored/mnd-link-form-table.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    const backend = fakeGuideBackend();
    backend.reportPage = vi.fn().mockRejectedValue(new Error('Extension context invalidated.'));
    backend.getPreferences = vi.fn().mockRejectedValue(new Error('Extension context invalidated.'));
    stop = startGuide(window, backend, bundledGuideCode);
    await vi.waitFor(() => expect(text('[data-part="instruction"]')).toContain('old CM/ECF'));
  });

  it('collapses on this page when the background cannot save the choice', async () => {
    const backend = await start(
      'authored/mnd-link-form-table.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    vi.mocked(backend.setGuidePreference).mockRejectedValue(new Error('storage full'));
    await vi.waitFor(() => expect(inGuide('[data-action="collapse"]')).not.toBeNull());
    inGuide('[data-action="collapse"]')?.click();
    await vi.waitFor(() => expect(inGuide('[data-part="pill"]')).not.toBeNull());
    expect(inGuide('[data-part="hint"]')).toBeNull();
  });

  it('leaves quietly at the next change once its extension is gone', async () => {
    showFixture(
      'authored/mnd-link-form-table.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    let alive = true;
    const backend = fakeGuideBackend();
    stop = startGuide(window, backend, bundledGuideCode, { alive: () => alive });
    await vi.waitFor(() => expect(inGuide('[data-part="hint"]')).not.toBeNull());
    alive = false;
    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(guideHost()).toBeNull(), { timeout: 2_000 });
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(guideHost()).toBeNull();
    expect(backend.reports).toHaveLength(1);
  });
});
