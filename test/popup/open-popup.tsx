// The popup as a filer opens it: over a tab, with the real background
// answering through the in-memory browser.
import { fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { createHandlers } from '../../src/background/handlers';
import { listenForMessages } from '../../src/messaging/listen-for-messages';
import { loadPopup } from '../../src/popup/load-overview';
import { PopupContainer } from '../../src/popup/popup-container';
import { createCourtStore } from '../../src/storage/court-store';
import { T0 } from '../progress/builders';
import { getMessage } from '../support/fake-browser';

export interface PopupSetup {
  /** What browser.storage.local holds when the popup opens. */
  readonly stored?: Record<string, unknown>;
  /** The URL of the active tab; none: a new tab page or a window with no tab. */
  readonly tabUrl?: string;
  /** The court the background remembers the tab reported (PACER pages). */
  readonly tabCourt?: string;
  /** False: no background answers (it failed to start). */
  readonly background?: boolean;
}

export async function openPopup(setup: PopupSetup = {}): Promise<{ tabId: number | null }> {
  fakeBrowser.reset();
  if (setup.stored) await fakeBrowser.storage.local.set(setup.stored);
  const window = await fakeBrowser.windows.create({ focused: true });
  const tab = setup.tabUrl
    ? await fakeBrowser.tabs.create({ windowId: window?.id, url: setup.tabUrl, active: true })
    : null;
  if (tab?.id !== undefined && setup.tabCourt)
    await fakeBrowser.storage.session.set({ [`tabCourt:${tab.id}`]: setup.tabCourt });
  if (setup.background !== false) {
    listenForMessages(
      createHandlers(
        createCourtStore(fakeBrowser.storage.local, () => T0),
        () => T0,
      ),
    );
  }
  render(<PopupContainer firstLoad={loadPopup()} />);
  if (setup.background !== false)
    await screen.findByRole('heading', { name: getMessage('popup_my_courts_heading') });
  return { tabId: tab?.id ?? null };
}

export const courtRows = (): HTMLElement[] => [
  ...document.querySelectorAll<HTMLElement>('li[data-court]'),
];

export const rowOf = (court: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`li[data-court="${court}"]`);

/** Statuses as version 1 storage holds them. */
export const storedWith = (
  statuses: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) => ({
  version: 1,
  statuses,
  ...extra,
});

/** The filer picks `text` as a file to import, as the file input would give it. */
export function chooseFile(text: string, name = 'statuses.json'): void {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', {
    value: [new File([text], name, { type: 'application/json' })],
    configurable: true,
  });
  fireEvent.change(input);
}
