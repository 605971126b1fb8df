import { browser } from './browser';

/**
 * Calls `listener` whenever the extension's local storage changes (a page
 * report while the popup is open, say). Returns the function that stops it.
 */
export function onStoredDataChanged(listener: () => void): () => void {
  const onChanged = (_changes: unknown, area: string): void => {
    if (area === 'local') listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
