// After the load event, the guide waits for the browser to be idle too, so that
// a page's own work right after load (a docket's scripts, its images decoding)
// goes first. A page that never lets the browser idle still gets the guide,
// after MAX_IDLE_WAIT_MS.

export const MAX_IDLE_WAIT_MS = 200;

/** Calls `run` when the browser is next idle (or after the wait); nothing to cancel. */
export function whenIdle(window: Window, run: () => void, maxWaitMs = MAX_IDLE_WAIT_MS): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(() => run(), { timeout: maxWaitMs });
  } else {
    setTimeout(run, 0);
  }
}
