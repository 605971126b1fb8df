// Chromium runs the content script at document_idle, which on most court
// pages falls before the load event: the guide's first work there (some
// milliseconds, mostly compiling its code) held that event back on every
// page, dockets included. It waits for the load event now, and then for the
// page's own load handlers. A page that takes long to load (a slow court
// server's images) gets the guide after MAX_WAIT_MS regardless.

export const MAX_WAIT_MS = 500;

/** Calls `run` once the page has loaded. Returns the cancel, for a page left before then. */
export function afterPageLoad(
  window: Window,
  run: () => void,
  maxWaitMs = MAX_WAIT_MS,
): () => void {
  if (window.document.readyState === 'complete') {
    run();
    return () => undefined;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopWaiting = (): void => {
    clearTimeout(timer);
    window.removeEventListener('load', onLoad);
  };
  const go = (): void => {
    stopWaiting();
    run();
  };
  // A task of its own: inside the load event, the work would count towards it.
  const onLoad = (): void => {
    clearTimeout(timer);
    timer = setTimeout(go, 0);
  };
  window.addEventListener('load', onLoad);
  timer = setTimeout(go, maxWaitMs);
  return stopWaiting;
}
