import { browser } from './browser';

export interface ActiveTab {
  readonly id: number;
  /**
   * Known only for the hosts the extension may read (*.uscourts.gov): the
   * extension asks for no `tabs` permission, so other pages stay private.
   */
  readonly url: string | null;
}

/** The tab the popup was opened over, or null (e.g. an options page in a window of its own). */
export async function activeTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? null };
}

/** The URL of a page packaged with the extension, e.g. `src/options/index.html`. */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}
