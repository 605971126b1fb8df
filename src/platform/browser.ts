// The only module that imports the WebExtension API: everything else gets the
// browser from here, and unit tests replace it with an in-memory one. The
// content script's builds resolve the polyfill to the browser's own API
// (native-browser.ts), so the guide carries none of it.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Storage } from 'webextension-polyfill';
