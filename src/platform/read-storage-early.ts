// The gate (content/main.ts) reads the guide's settings while the guide's
// code is still on its way, so that the first drawing does not wait for a
// storage read after it (about 12 ms: a round trip to the browser process).
// The polyfill is far too big for the gate, so the global both browsers give
// content scripts is called by its own name, in the callback form both accept.
declare const chrome: {
  readonly storage: {
    readonly local: {
      get(keys: string[], callback: (items: Record<string, unknown>) => void): void;
    };
  };
  readonly runtime: { readonly lastError?: { readonly message?: string } };
};

/** browser.storage.local.get(keys), without the polyfill. */
export function readStorageEarly(keys: readonly string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    try {
      chrome.storage.local.get([...keys], (items) => {
        const failed = chrome.runtime.lastError;
        if (failed) reject(new Error(failed.message ?? 'storage.local.get failed'));
        else resolve(items);
      });
    } catch (error) {
      // The extension was updated or removed under the page.
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
