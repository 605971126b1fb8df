// The only module that imports the WebExtension API: everything else gets the
// browser from here, and unit tests replace it with an in-memory one.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Storage } from 'webextension-polyfill';
