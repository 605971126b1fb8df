// The popup when the court sites are withheld (Firefox's optional MV3 host
// permissions, or access withdrawn later): it says why the guide needs them
// and asks from the filer's click.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { openPopup } from '../popup/open-popup';
import { COURT_SITES, fakeSiteAccess } from './fake-site-access';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const banner = () => screen.queryByRole('region', { name: 'Allow the guide on the court sites' });

/** The access check has answered and the popup has drawn what it says. */
async function settled(): Promise<void> {
  await waitFor(() => expect(fakeBrowser.permissions.contains).toHaveBeenCalled());
  await act(() => Promise.resolve());
}

describe('the popup, about access to the court sites', () => {
  it('says nothing when the sites are granted, as Chromium does at install', async () => {
    fakeSiteAccess({ granted: true });
    await openPopup();
    await settled();
    expect(banner()).toBeNull();
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({ origins: COURT_SITES });
  });

  it('explains why when they are withheld, before anything else', async () => {
    fakeSiteAccess({ granted: false });
    await openPopup();
    const region = await screen.findByRole('region', {
      name: 'Allow the guide on the court sites',
    });
    expect(region.dataset.courtSiteAccess).toBe('missing');
    expect(region.textContent).toMatch(/CM\/ECF site and on PACER’s login and account pages/);
    expect(region.textContent).toMatch(/never reads your passwords and sends nothing anywhere/);
    const first = document.querySelector('main > section');
    expect(first).toBe(region);
  });

  it('asks the browser straight from the click, and thanks the filer who allows it', async () => {
    const access = fakeSiteAccess({ granted: false });
    await openPopup();
    const region = await screen.findByRole('region', { name: /Allow the guide/ });
    fireEvent.click(within(region).getByRole('button', { name: 'Allow on uscourts.gov' }));
    // Synchronously: an `await` before the request would lose the user's gesture.
    expect(access.requests).toEqual([{ origins: COURT_SITES }]);
    await waitFor(() => expect(banner()).toBeNull());
    const thanks = document.querySelector('[data-court-site-access="granted"]');
    expect(thanks?.getAttribute('role')).toBe('status');
    expect(thanks?.textContent).toMatch(/Reload any court page that is already open/);
  });

  it('keeps the way open when the filer says no', async () => {
    const access = fakeSiteAccess({ granted: false });
    access.answer = false;
    await openPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Allow on uscourts.gov' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not allowed yet/);
    expect(banner()?.dataset.courtSiteAccess).toBe('declined');
    expect(screen.getByRole('button', { name: 'Allow on uscourts.gov' })).toBeTruthy();
  });

  it('follows access granted or withdrawn elsewhere while it is open', async () => {
    const access = fakeSiteAccess({ granted: true });
    await openPopup();
    await settled();
    await act(() => access.set(false));
    await waitFor(() => expect(banner()).not.toBeNull());
    await act(() => access.set(true));
    await waitFor(() => expect(banner()).toBeNull());
  });

  it('stays quiet when the browser cannot say', async () => {
    fakeSiteAccess({ granted: false });
    vi.mocked(fakeBrowser.permissions.contains).mockRejectedValue(new Error('no permissions API'));
    await openPopup();
    await settled();
    expect(banner()).toBeNull();
  });
});
