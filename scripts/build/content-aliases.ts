import { fileURLToPath } from 'node:url';

/**
 * What the content script and its chunks import in place of other modules.
 * The guide calls the browser's own API: the polyfill would be 3.8 KB gzipped
 * of every court page's guide (see src/platform/native-browser.ts). Used by
 * the build (vite.config.ts) and by the bench's per-module breakdown.
 */
export const CONTENT_ALIASES: Readonly<Record<string, string>> = {
  'webextension-polyfill': fileURLToPath(
    new URL('../../src/platform/native-browser.ts', import.meta.url),
  ),
};
