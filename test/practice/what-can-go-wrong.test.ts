// Each "what can go wrong" variant changes the practice pages so that the
// guide, by its own logic, shows the warning a filer would get.
import { act } from '@testing-library/preact';
import { detectPage } from '../../src/detection/detect-page';
import { currentUrl } from '../../src/practice/practice-session';
import { VARIANTS } from '../../src/practice/variants';
import { linked } from '../progress/builders';
import {
  change,
  clickPresenter,
  closePractice,
  guideOn,
  inGuide,
  openPractice,
} from './practice-harness';

afterEach(closePractice);

const hint = (id: string) => inGuide(`[data-hint="${id}"]`);

describe('what can go wrong', () => {
  it('with the link missing under Utilities, points at the Release 1.1 page and says why', async () => {
    const { store } = await openPractice({ page: 'utilities', variant: 'release-route' });
    await guideOn('utilities');
    expect(detectPage(currentUrl(store.get()), document).highlight[0]?.id).toBe('release-1-1-link');
    await vi.waitFor(() => expect(inGuide('[data-part="highlight"]')).not.toBeNull());
    expect(inGuide('[data-part="hint"]')?.textContent).toMatch(/Release 1\.1/);
  });

  it('with names that don’t match, says go back and rings nothing', async () => {
    await openPractice({ page: 'link-confirm', variant: 'names-differ' });
    await guideOn('link-confirm');
    await vi.waitFor(() =>
      expect(inGuide('[data-part="names-verdict"]')?.getAttribute('role')).toBe('alert'),
    );
    expect(inGuide('[data-part="pacer-name"]')?.textContent).toBe('Pat Assistant');
    expect(inGuide('[data-part="highlight"]')).toBeNull();
  });

  it('with the names matching, rings Submit', async () => {
    await openPractice({ page: 'link-confirm' });
    await guideOn('link-confirm');
    await vi.waitFor(() => expect(inGuide('[data-part="highlight"]')).not.toBeNull());
    expect(inGuide('[data-part="names-verdict"]')?.getAttribute('role')).not.toBe('alert');
  });

  it('with a shared firm account, types the firm’s username and shows the firm’s name', async () => {
    await openPractice({ page: 'court-login', variant: 'shared-account' });
    await guideOn('pacer-login');
    expect(hint('no-shared-account')).not.toBeNull();
    const username = document.querySelector<HTMLInputElement>('#loginForm\\:loginName');
    await vi.waitFor(() => expect(username?.value).toBe('smithjoneslaw'), { timeout: 3000 });

    await openPractice({ page: 'link-confirm', variant: 'shared-account' });
    await guideOn('link-confirm');
    await vi.waitFor(() =>
      expect(inGuide('[data-part="pacer-name"]')?.textContent).toBe('Smith & Jones LLP'),
    );
    expect(inGuide('[data-part="names-verdict"]')?.getAttribute('role')).toBe('alert');
    // Its own warning, which names that differ for another reason don't get.
    expect(hint('shared-firm-account')?.textContent).toMatch(/shared firm account/);
    await openPractice({ page: 'link-confirm', variant: 'names-differ' });
    await guideOn('link-confirm');
    await vi.waitFor(() =>
      expect(inGuide('[data-part="pacer-name"]')?.textContent).toBe('Pat Assistant'),
    );
    expect(hint('shared-firm-account')).toBeNull();
  });

  it('with cookies blocked, warns on the login page, and stops when switched off', async () => {
    const { store } = await openPractice({ page: 'court-login' });
    await guideOn('pacer-login');
    expect(hint('cookies-blocked')).toBeNull();

    await change(store, (session) => ({ ...session, variant: 'cookies-blocked' }));
    await vi.waitFor(() => expect(hint('cookies-blocked')).not.toBeNull());
    // Simulated for the guide alone: the page's navigator is left as it is.
    expect(window.navigator.cookieEnabled).toBe(true);

    await change(store, (session) => ({ ...session, variant: 'none' }));
    await vi.waitFor(() => expect(hint('cookies-blocked')).toBeNull());
    expect(window.navigator.cookieEnabled).toBe(true);
  });

  it('with a legacy username, types 6 characters and the guide says it looks legacy', async () => {
    const { store } = await openPractice({ page: 'pacer-login', variant: 'legacy-username' });
    await guideOn('pacer-login');
    const username = document.querySelector<HTMLInputElement>('#loginForm\\:loginName');
    expect(hint('legacy-username')).toBeNull();
    await vi.waitFor(() => expect(username?.value).toBe('jatty1'), { timeout: 3000 });
    await vi.waitFor(() => expect(hint('legacy-username')).not.toBeNull());

    // Larger text starts the page and the guide afresh: the username is typed again.
    await change(store, (session) => ({ ...session, textSize: 'larger' }));
    await vi.waitFor(() => expect(inGuide('.layer')?.getAttribute('style')).toMatch(/22px/));
    await vi.waitFor(() => expect(hint('legacy-username')).not.toBeNull(), { timeout: 3000 });

    // Switched off: a fresh login page, and the guide forgets the short username.
    await change(store, (session) => ({ ...session, variant: 'none' }));
    await guideOn('pacer-login');
    // Any hint of PACER's login in this flow: the guide has drawn its hints.
    await vi.waitFor(() => expect(hint('upgrade-first')).not.toBeNull());
    expect(hint('legacy-username')).toBeNull();
  });

  it('with the court missing from PACER’s list, learns that the court is linked', async () => {
    const { store } = await openPractice({ court: 'mnd', page: 'maintenance' });
    await guideOn('maintenance');
    await vi.waitFor(() => expect(store.get().statuses.mnd?.status).toBe('in-progress'));
    await change(store, (session) => ({ ...session, variant: 'court-missing' }));
    await act(() => {
      document.querySelector<HTMLElement>('#practice-page a[data-go="court-select"]')?.click();
    });
    await guideOn('court-select');
    await vi.waitFor(() =>
      expect(store.get().statuses.mnd).toMatchObject({
        status: 'linked',
        source: { evidence: 'court-not-offered' },
      }),
    );
  });

  it('goes to where the chosen variant shows, in the flow being shown', async () => {
    const { store, presenter } = await openPractice({ page: 'pacer-home' });
    const show = () => presenter.querySelector<HTMLButtonElement>('[data-action="show-variant"]');
    expect(show()?.disabled).toBe(true);
    await clickPresenter(presenter, 'input[value="legacy-username"]');
    expect(store.get().variant).toBe('legacy-username');
    expect(store.get().page).toBe('pacer-login');
    expect(show()?.disabled).toBe(true);

    // Moved on, the presenter's button goes back to where it shows.
    await clickPresenter(presenter, '[data-page="pacer-home"]');
    expect(show()?.disabled).toBe(false);
    await clickPresenter(presenter, '[data-action="show-variant"]');
    expect(store.get().page).toBe('pacer-login');

    await clickPresenter(presenter, 'input[value="court-missing"]');
    expect(store.get().page).toBe('court-select');
  });

  it.each(['cookies-blocked', 'legacy-username', 'shared-account'] as const)(
    'shows %s after a demonstration ended in Linked',
    async (variant) => {
      const { store, presenter } = await openPractice({
        page: 'ecf-main-linked',
        statuses: { mnd: linked() },
        guide: { mnd: { collapsed: false, enabled: false } },
      });
      await clickPresenter(presenter, `input[value="${variant}"]`);
      expect(store.get().statuses.mnd?.status ?? 'not-started').not.toBe('linked');
      expect(store.get().guide.mnd).toBeUndefined();
      const expected = {
        'cookies-blocked': ['court-login', 'pacer-login', 'cookies-blocked'],
        'legacy-username': ['court-login', 'pacer-login', 'legacy-username'],
        'shared-account': ['link-confirm', 'link-confirm', 'shared-firm-account'],
      }[variant];
      expect(store.get().page).toBe(expected[0]);
      await guideOn(expected[1] ?? '');
      await vi.waitFor(() => expect(hint(expected[2] ?? '')).not.toBeNull(), { timeout: 3000 });
    },
  );

  it('describes every variant in the presenter’s panel', async () => {
    const { presenter } = await openPractice();
    const labels = [...presenter.querySelectorAll('.variants .choice-label')].map(
      (label) => label.textContent,
    );
    expect(labels).toEqual(VARIANTS.map((variant) => variant.label));
  });
});
