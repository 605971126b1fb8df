// The options page opens the practice court in a new tab.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { createHandlers } from '../../src/background/handlers';
import { listenForMessages } from '../../src/messaging/listen-for-messages';
import { OptionsContainer } from '../../src/options/options-container';
import { createCourtStore } from '../../src/storage/court-store';

afterEach(cleanup);

describe('the practice court on the options page', () => {
  it('opens in a new tab from a control marked data-action="practice"', async () => {
    fakeBrowser.reset();
    listenForMessages(createHandlers(createCourtStore(fakeBrowser.storage.local)));
    render(<OptionsContainer />);
    const button = await screen.findByRole('button', { name: 'Open the practice court' });
    expect(button.getAttribute('data-action')).toBe('practice');
    fireEvent.click(button);
    await waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(
        'chrome-extension://test-extension-id/src/practice/index.html',
      ),
    );
  });

  it('says so when the tab cannot be opened', async () => {
    fakeBrowser.reset();
    listenForMessages(createHandlers(createCourtStore(fakeBrowser.storage.local)));
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValueOnce(new Error('no window'));
    render(<OptionsContainer />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the practice court' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /practice court did not open: no window/,
    );
  });
});
