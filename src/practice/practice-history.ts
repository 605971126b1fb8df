import { isPageId, type PracticePageId } from './practice-pages';
import type { PracticeStore } from './practice-store';

interface HistoryState {
  readonly practicePage?: unknown;
}

/**
 * Each page the practice shows is an entry in the tab's history, so the
 * browser's Back button goes back as on the real sites ("go back if the names
 * don't match"). Returns the cleanup.
 */
export function followHistory(
  window: Window,
  store: PracticeStore,
  goTo: (page: PracticePageId) => void,
): () => void {
  const { history } = window;
  let shown = store.get().page;
  // A relative address keeps the path and the query (?court=…).
  history.replaceState({ practicePage: shown }, '', `#${shown}`);

  const unsubscribe = store.subscribe(() => {
    const { page } = store.get();
    if (page === shown) return;
    shown = page;
    history.pushState({ practicePage: page }, '', `#${page}`);
  });
  const onPopState = (event: PopStateEvent) => {
    const page = (event.state as HistoryState | null)?.practicePage;
    if (!isPageId(page)) return;
    shown = page;
    goTo(page);
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
