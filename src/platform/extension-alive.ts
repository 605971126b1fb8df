import { browser } from './browser';

/**
 * False once the extension that started this script was updated, reloaded or
 * removed: a content script left on an open page outlives its extension, and
 * every API call of its throws "Extension context invalidated".
 */
export function extensionAlive(): boolean {
  try {
    return browser.runtime.id !== undefined;
  } catch {
    return false;
  }
}
