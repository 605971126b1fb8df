// The floor of the huge pages' long-task rows: what the page's own script
// pays to show a box over the page, traced the same way as the guide, in the
// browser without the extension. On a page of 200,000 elements, Chromium
// repaints the whole page in the first frame that shows any new fixed box
// (traced: 113 ms for a plain div), so the guide's longest task there is
// mostly what showing anything costs; this row says how much.

/** The name the trace gives the page script's frame callback, by which its task is found. */
export const OWN_OVERLAY_FUNCTION = 'pageOwnOverlayFrame';

/** Idle time is waited for at most this long; the box is shown well within the settle time. */
const IDLE_TIMEOUT_MS = 1_000;
export const OWN_OVERLAY_SETTLE_MS = 1_500;

/**
 * A page script that, as the guide does, waits for the load event and idle
 * time, then in an animation frame adds a fixed box the size of the guide's
 * bubble, with text, and reads its size (the one layout any placing needs).
 */
export const PAGE_OWN_OVERLAY_SCRIPT = `<script>
addEventListener('load', () => requestIdleCallback(() => requestAnimationFrame(function ${OWN_OVERLAY_FUNCTION}() {
  const box = document.createElement('div');
  box.style.cssText = 'position:fixed;top:12px;right:12px;width:340px;padding:12px;z-index:2147483647;' +
    'background:#fff;border:2px solid #1d4f91;border-radius:8px;font:15px/1.45 system-ui,sans-serif';
  box.textContent = 'Step 4 of 12: check that both names are yours, then press Submit.';
  document.body.append(box);
  box.getBoundingClientRect();
}), { timeout: ${IDLE_TIMEOUT_MS} }));
</script>`;
