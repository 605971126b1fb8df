// The practice court on its page: the look-alike page in <main id="practice-page">,
// the practice mark and the presenter's controls in shadow roots beside it, and
// the real guide running over the look-alike.
import { render } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { createPracticeActions, type PracticeActions } from './practice-actions';
import { createPracticeBackend, type PracticeBackend } from './practice-backend';
import { followHistory } from './practice-history';
import { loadKey } from './practice-session';
import type { PracticeStore } from './practice-store';
import { PracticePage } from './pages/practice-page';
import { mountInShadow } from './presenter/mount-in-shadow';
import { PracticeBanner } from './presenter/practice-banner';
import { PresenterPanel } from './presenter/presenter-panel';
import { BANNER_CSS, PRESENTER_CSS } from './presenter/presenter-styles';
import { usePracticeSession } from './presenter/use-practice-session';
import { startPracticeGuide } from './run-practice-guide';

interface RootProps {
  readonly store: PracticeStore;
  readonly actions: PracticeActions;
}

interface PageRootProps extends RootProps {
  readonly window: Window;
  readonly backend: PracticeBackend;
}

function PageRoot({ store, actions, window, backend }: PageRootProps) {
  const session = usePracticeSession(store);
  const { document } = window;
  useEffect(() => {
    // A new page starts at its top, as after a page load.
    document.documentElement.scrollTop = 0;
    document.body.dataset.textSize = session.textSize;
  }, [document, session.page, session.textSize]);
  // Once the page is drawn, never before: the guide must not read the page it replaces.
  const key = loadKey(session);
  useLayoutEffect(() => startPracticeGuide(window, store, backend), [window, store, backend, key]);
  return <PracticePage session={session} go={actions.goTo} />;
}

function BannerRoot({ store }: RootProps) {
  return <PracticeBanner session={usePracticeSession(store)} />;
}

function PresenterRoot({ store, actions }: RootProps) {
  return <PresenterPanel session={usePracticeSession(store)} actions={actions} />;
}

function part(document: Document, selector: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`The practice page has no ${selector}`);
  return element;
}

/** Starts the practice court in `window`'s document (src/practice/index.html). Returns the cleanup. */
export function startPractice(window: Window, store: PracticeStore): () => void {
  const { document } = window;
  const actions = createPracticeActions(store);
  const main = part(document, '#practice-page');
  const props = { store, actions };
  const stops = [
    mountInShadow(part(document, 'practice-banner'), BANNER_CSS, <BannerRoot {...props} />),
    mountInShadow(
      part(document, 'practice-presenter'),
      PRESENTER_CSS,
      <PresenterRoot {...props} />,
    ),
    followHistory(window, store, actions.goTo),
  ];
  const backend = createPracticeBackend(store);
  render(<PageRoot {...props} window={window} backend={backend} />, main);
  stops.push(() => render(null, main));
  return () => stops.reverse().forEach((stop) => stop());
}
