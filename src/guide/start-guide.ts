import type { GuideBackend } from './guide-backend';
import type { GuideCode } from './guide-code';
import { step } from './guide-machine';
import { INITIAL_GUIDE_STATE, type GuideEvent } from './guide-state';
import { fromPerson } from './from-person';
import { createGuideEdge } from './perform-guide-effects';
import { watchPage } from './watch-page';

export interface GuideOptions {
  /**
   * The URL recognition sees. The practice court renders its look-alike pages
   * inside an extension page and gives each the URL of the court page it imitates.
   */
  readonly url?: () => URL;
  /** Whether the browser refuses cookies; the practice court simulates it. */
  readonly cookiesBlocked?: () => boolean;
  /** False once the extension is gone from under the page (see extension-alive.ts). */
  readonly alive?: () => boolean;
}

/**
 * Runs the guide on one page: recognise, report to the background, show the
 * step, and do it again when the page changes. The decisions are the state
 * machine's (guide-machine.ts); this is its edge, which turns the page, the
 * timers and the background into events and performs the effects. Returns
 * the cleanup, which ends every listener, observer and timer.
 */
export function startGuide(
  window: Window,
  backend: GuideBackend,
  code: GuideCode,
  options: GuideOptions = {},
): () => void {
  const alive = options.alive ?? (() => true);
  const { document } = window;
  let state = INITIAL_GUIDE_STATE;
  // Events raised while effects are performed (drawing says what it drew) wait their turn.
  const queue: GuideEvent[] = [];
  let stepping = false;
  const dispatch = (event: GuideEvent) => {
    queue.push(event);
    if (stepping) return;
    stepping = true;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        // An updated or reloaded extension runs a new guide on the next page; this one leaves quietly.
        const result = step(state, alive() ? next : { type: 'gone' });
        state = result.state;
        result.effects.forEach(edge.perform);
      }
    } finally {
      stepping = false;
    }
  };
  const edge = createGuideEdge({
    window,
    backend,
    code,
    url: options.url ?? (() => new URL(window.location.href)),
    cookiesBlocked: options.cookiesBlocked ?? (() => !window.navigator.cookieEnabled),
    state: () => state,
    dispatch,
  });
  const { signal } = edge;

  window.addEventListener('keydown', (event) => fromPerson(event) && edge.shortcut(event), {
    signal,
  });
  // Focus entering the guide's shadow root shows as the host here: only the page's own elements count.
  document.addEventListener(
    'focus',
    (event) => {
      // A page's script could fake a focus to choose where Escape sends the filer.
      if (fromPerson(event) && event.target instanceof HTMLElement) edge.pageFocused(event.target);
    },
    { signal, capture: true },
  );
  // Ticking a box or choosing a court changes no attribute: the next target follows from the change.
  document.addEventListener('change', () => dispatch({ type: 'fieldChanged' }), {
    signal,
    capture: true,
  });
  watchPage(document, () => dispatch({ type: 'recognised', page: edge.recognise() }), signal);
  dispatch({ type: 'started', page: edge.recognise() });

  return () => dispatch({ type: 'stop' });
}
