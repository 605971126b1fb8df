// The WebExtension API as the browser gives it, which the content script's
// builds use in place of webextension-polyfill (vite.config.ts). The polyfill
// is 3.8 KB gzipped of a court page's guide, and what the guide calls needs
// none of it: Firefox's `browser` is the API itself (the polyfill hands it
// back as is), and Chromium's `chrome` returns promises for everything the
// guide calls in a Manifest V3 extension (storage.local.get, storage.onChanged,
// runtime.sendMessage, runtime.getURL, runtime.id, i18n.getMessage). The
// extension pages and the background keep the polyfill: they listen for
// messages, where Chromium's `chrome` does not take a promise for a reply.
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as { browser?: Browser; chrome?: Browser };

const api: Browser = scope.browser ?? (scope.chrome as Browser);

export default api;
