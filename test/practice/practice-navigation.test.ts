// The practice pages move on as the real sites do: through their own links,
// Submit and Next buttons, never leaving the extension page, and keep nothing
// that was typed.
import { act, fireEvent } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { pagesOfFlow, type PracticePageId } from '../../src/practice/practice-pages';
import { loadSession, saveSession } from '../../src/practice/practice-store';
import {
  change,
  clickOnPage,
  closePractice,
  openPractice,
  type OpenPractice,
} from './practice-harness';

afterEach(closePractice);

const pageOf = (practice: OpenPractice): PracticePageId => practice.store.get().page;

/** Clicks, then says where the practice went. */
async function follow(practice: OpenPractice, selector: string): Promise<PracticePageId> {
  await clickOnPage(selector);
  return pageOf(practice);
}

describe('the court’s own site', () => {
  it('leads from the home page to the filing menus, as a filer clicks through it', async () => {
    const practice = await openPractice({ court: 'mnd' });
    expect(pageOf(practice)).toBe('ecf-home');
    expect(await follow(practice, 'a[href="/cgi-bin/login.pl"]')).toBe('court-login');
    expect(await follow(practice, '#loginForm\\:fbtnLogin')).toBe('ecf-main');
    expect(await follow(practice, '#topmenu a[href*="Utilities"]')).toBe('utilities');
    expect(await follow(practice, 'a[href="/cgi-bin/LinkAccount.pl"]')).toBe('link-form');
    expect(await follow(practice, 'input[type="submit"]')).toBe('link-confirm');
    expect(await follow(practice, 'input[type="submit"]')).toBe('link-done');
    // The success page asks for F5; the presenter's Next does the same.
    expect(document.querySelector('#topmenu')?.textContent).not.toMatch(/Civil/);
  });

  it('takes the Release 1.1 route when the link is missing under Utilities', async () => {
    const practice = await openPractice({ page: 'utilities', variant: 'release-route' });
    expect(document.querySelector('#practice-page a[href="/cgi-bin/LinkAccount.pl"]')).toBeNull();
    expect(await follow(practice, 'a[data-go="release-1-1-menu"]')).toBe('release-1-1-menu');
    expect(await follow(practice, 'a[href="/cgi-bin/LinkAccount.pl"]')).toBe('link-form');
  });

  it('goes back to the court’s home page on Cancel and on Log Out', async () => {
    const practice = await openPractice({ page: 'court-login' });
    expect(await follow(practice, '#loginForm\\:fbtnCancel')).toBe('ecf-home');
    await change(practice.store, (session) => ({ ...session, page: 'utilities' }));
    expect(await follow(practice, '#topmenu a[href*="logout"]')).toBe('ecf-home');
  });

  it('shows the filing menus of the court’s type after linking', async () => {
    await openPractice({ court: 'mnd', page: 'ecf-main-linked' });
    expect(document.querySelector('#topmenu')?.textContent).toMatch(/Civil.*Criminal/);
    await openPractice({ court: 'cacb', page: 'ecf-main-linked' });
    const menu = document.querySelector('#topmenu')?.textContent ?? '';
    expect(menu).toMatch(/Bankruptcy.*Adversary/);
    expect(menu).not.toMatch(/Civil/);
  });
});

describe('PACER', () => {
  it('leads from the home page to the registration history', async () => {
    const practice = await openPractice({ page: 'pacer-home' });
    // The home page opens on another tab; Manage My Account Login is on the hidden one.
    const panel = document.getElementById('panel-account');
    expect(panel?.hidden).toBe(true);
    await clickOnPage('#tab-account');
    expect(panel?.hidden).toBe(false);
    expect(await follow(practice, 'a[data-go="manage-login-gate"]')).toBe('manage-login-gate');
    expect(await follow(practice, 'a.usa-button')).toBe('pacer-login');
    expect(await follow(practice, '#loginForm\\:fbtnLogin')).toBe('manage-account');
    expect(await follow(practice, 'a[href$="maintenanceTab"]')).toBe('maintenance');
    expect(await follow(practice, 'a[data-registration="non-attorney"]')).toBe('court-select');
    expect(practice.store.get().registration).toBe('non-attorney');
    expect(document.querySelector('h1')?.textContent).toMatch(/^Non-Attorney Admissions/);
    // Through the wizard, page by page, to the request sent.
    const pacer = pagesOfFlow('pacer-request').map((page) => page.id);
    const wizard = pacer.slice(
      pacer.indexOf('court-select') + 1,
      pacer.indexOf('registration-history'),
    );
    expect(wizard).toContain('request-submitted');
    for (const next of wizard) {
      expect(await follow(practice, 'button[type="submit"]')).toBe(next);
    }
    expect(await follow(practice, 'a[data-go="registration-history"]')).toBe(
      'registration-history',
    );
  });

  it('switches the account tabs in place, as PACER does', async () => {
    const practice = await openPractice({ page: 'manage-account' });
    const form = document.getElementById('manageForm');
    await clickOnPage('a[href$="maintenanceTab"]');
    expect(pageOf(practice)).toBe('maintenance');
    // The same elements, their tabs and panels changed: no new page load.
    expect(document.getElementById('manageForm')).toBe(form);
    expect(document.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe(
      'Maintenance',
    );
    await clickOnPage('a[href$="usageTab"]');
    expect(pageOf(practice)).toBe('manage-account');
    expect(document.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('Usage');
  });

  it('goes back a page on Back and to the Maintenance tab on Cancel', async () => {
    const practice = await openPractice({ page: 'payment' });
    expect(await follow(practice, 'button[data-go="registration-details"]')).toBe(
      'registration-details',
    );
    expect(await follow(practice, 'button[data-go="maintenance"]')).toBe('maintenance');
  });
});

describe('staying in the practice', () => {
  it('follows no link out of the extension page', async () => {
    const practice = await openPractice({ page: 'ecf-home' });
    const before = window.location.href;
    const opinions = document.querySelector<HTMLAnchorElement>('a[href="/cgi-bin/WrtOpRpt.pl"]');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    await act(() => {
      opinions?.dispatchEvent(click);
    });
    expect(click.defaultPrevented).toBe(true);
    expect(pageOf(practice)).toBe('ecf-home');
    expect(window.location.href).toBe(before);
  });

  it('sends no form, and keeps nothing typed', async () => {
    const saved: string[] = [];
    const practice = await openPractice({ page: 'link-form' }, (session) => {
      saved.push(JSON.stringify(session));
      return Promise.resolve();
    });
    const login = document.querySelector<HTMLInputElement>('#practice-page input[name="login"]');
    const password = document.querySelector<HTMLInputElement>('#practice-page input[name="key"]');
    expect(password?.type).toBe('password');
    fireEvent.input(login as HTMLInputElement, { target: { value: 'old-login-7' } });
    fireEvent.input(password as HTMLInputElement, { target: { value: 'hunter2-secret' } });
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    await act(() => {
      login?.form?.dispatchEvent(submit);
    });

    expect(submit.defaultPrevented).toBe(true);
    expect(pageOf(practice)).toBe('link-confirm');
    expect(login?.value).toBe('');
    expect(password?.value).toBe('');
    expect(saved.length).toBeGreaterThan(0);
    expect(saved.join()).not.toMatch(/old-login-7|hunter2-secret/);
    expect(document.body.innerHTML).not.toMatch(/old-login-7|hunter2-secret/);
  });

  it('goes back with the browser’s Back button', async () => {
    const practice = await openPractice({ page: 'utilities' });
    await clickOnPage('a[href="/cgi-bin/LinkAccount.pl"]');
    expect(window.location.hash).toBe('#link-form');
    await act(() => {
      window.dispatchEvent(new PopStateEvent('popstate', { state: { practicePage: 'utilities' } }));
    });
    expect(pageOf(practice)).toBe('utilities');
  });
});

describe('a reload of the practice tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('comes back where it was, and after the success page with the filing menus (F5)', async () => {
    const practice = await openPractice({ court: 'cacb', page: 'link-confirm' }, saveSession);
    await clickOnPage('input[type="submit"]');
    expect(pageOf(practice)).toBe('link-done');
    await vi.waitFor(async () => expect((await loadSession(null)).page).toBe('ecf-main-linked'));
    expect((await loadSession(null)).court).toBe('cacb');
  });
});
