// The popup opens the practice court in a new tab, simulating the court of
// the tab it was opened over when there is one.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { openPopup } from './open-popup';

afterEach(cleanup);

const PRACTICE = 'chrome-extension://test-extension-id/src/practice/index.html';

async function openedUrls(): Promise<(string | undefined)[]> {
  return (await fakeBrowser.tabs.query({})).map((tab) => tab.url);
}

describe('the practice court in the popup', () => {
  it('opens from a control marked data-action="practice"', async () => {
    await openPopup();
    const control = document.querySelector<HTMLElement>('[data-action="practice"]');
    expect(control?.textContent).toMatch(/Practice court/);
    fireEvent.click(screen.getByRole('button', { name: /Practice court/ }));
    await waitFor(async () => expect(await openedUrls()).toContain(PRACTICE));
  });

  it('simulates the court of this tab', async () => {
    await openPopup({ tabUrl: 'https://ecf.cacb.uscourts.gov/cgi-bin/login.pl' });
    fireEvent.click(screen.getByRole('button', { name: /Practice court/ }));
    await waitFor(async () => expect(await openedUrls()).toContain(`${PRACTICE}?court=cacb`));
  });
});
