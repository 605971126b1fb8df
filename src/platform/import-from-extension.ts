// Firefox's add-on review (web-ext lint) accepts a dynamic import only of
// `chrome.runtime.getURL(…)` or `browser.runtime.getURL(…)` written as such,
// and the bundler renames the polyfill's `browser`: so the global, which both
// browsers give content scripts, is called here by its own name.
declare const chrome: { readonly runtime: { getURL(path: string): string } };

/** Imports a module the extension ships, from a content script. */
export function importFromExtension<T>(file: string): Promise<T> {
  return import(/* @vite-ignore */ chrome.runtime.getURL(file)) as Promise<T>;
}
