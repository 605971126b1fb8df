// The browser side of the guide's state machine: each effect done on the page,
// with its timers and the background, and each outcome sent back as an event.
import { detectPage, detectWayIn } from '../detection/detect-page';
import type { Detection } from '../detection/types';
import { courtById } from '../flows/court-registry';
import type { CourtView } from '../messaging/protocol';
import type { TextSize } from '../progress/preferences';
import type { GuideBackend } from './guide-backend';
import type { GuideCode } from './guide-code';
import { courtOf, viewChoices } from './guide-machine';
import type { GuideEffect, GuideEvent, GuideState, Question } from './guide-state';
import { chooseGuideView, type GuideView } from './guide-view';
import { mountGuide, needsOverlay, type MountedGuide } from './mount-guide';
import type { GuideActions } from './overlay/guide-root';

/** Pages render late: how long to look for a missing target before saying so. */
export const TARGET_WAIT_MS = 4_000;
const FONT_PX: Readonly<Record<TextSize, number>> = { standard: 15, large: 18, larger: 22 };
const FOCUSABLE = new Set(['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);

function isShown(element: Element): boolean {
  if (!element.isConnected) return false;
  // jsdom has no layout and no checkVisibility: there, attribute checks in recognition suffice.
  return element.checkVisibility?.({ visibilityProperty: true }) ?? true;
}

export interface GuideEdgeOptions {
  readonly window: Window;
  readonly backend: GuideBackend;
  readonly code: GuideCode;
  /** The URL recognition sees (see GuideOptions). */
  readonly url: () => URL;
  readonly cookiesBlocked: () => boolean;
  readonly state: () => GuideState;
  readonly dispatch: (event: GuideEvent) => void;
}

export interface GuideEdge {
  readonly perform: (effect: GuideEffect) => void;
  /** The page as recognition sees it now. */
  readonly recognise: () => Detection;
  /** Aborted by `stopWatching`: every listener and observer of the guide takes it. */
  readonly signal: AbortSignal;
  /** Alt+Shift+G: from the page to the bubble, from the guide to its target. */
  readonly shortcut: (event: KeyboardEvent) => void;
  /** The page's element that had focus last: collapsing the guide gives focus back to it. */
  readonly pageFocused: (element: HTMLElement) => void;
}

function answer(backend: GuideBackend, question: Question): Promise<CourtView | null> {
  switch (question.ask) {
    case 'reportPage':
      return backend.reportPage(question.report);
    case 'setGuidePreference':
      return backend.setGuidePreference(question.court, question.change);
    default:
      return backend[question.ask](question.court);
  }
}

/** Performs the machine's effects on one page; the guide's mounted overlay and timer live here. */
export function createGuideEdge(options: GuideEdgeOptions): GuideEdge {
  const { window, backend, code, state, dispatch } = options;
  const { document } = window;
  const controller = new AbortController();
  const { signal } = controller;
  let mounted: MountedGuide | null = null;
  let view: GuideView = { kind: 'hidden' };
  let waitTimer: ReturnType<typeof setTimeout> | undefined;
  /** detectWayIn for the page drawn, worked out once it is needed. */
  let wayIn: { for: Detection; way: Detection | null } | null = null;
  let focusedBeforeGuide: HTMLElement | null = null;
  const watchedFields = new WeakSet<Element>();

  const bubble = (): HTMLElement | null =>
    mounted?.root.querySelector<HTMLElement>('[data-part="hint"]') ?? null;

  // Worked out once per recognised page, and only when chooseGuideView asks: in a
  // tracked court, on a page outside the flows. Most pages never look.
  const wayInOf = (page: Detection): Detection | null => {
    if (wayIn?.for !== page) wayIn = { for: page, way: detectWayIn(options.url(), document, page) };
    return wayIn.way;
  };

  const viewOf = (now: GuideState, page: Detection): GuideView =>
    chooseGuideView(
      {
        detection: page,
        ...viewChoices(now),
        conditions: {
          cookiesBlocked: options.cookiesBlocked(),
          usernameLength: now.usernameLength,
        },
        wayIn: () => wayInOf(page),
      },
      isShown,
    );

  const focusTarget = () => {
    const element = (
      view.kind === 'step' ? (view.target?.element ?? null) : null
    ) as HTMLElement | null;
    if (element && FOCUSABLE.has(element.tagName)) element.focus();
    else element?.scrollIntoView({ block: 'center' });
  };

  const actions: GuideActions = {
    collapse: () =>
      dispatch({
        type: 'collapse',
        focusInGuide: mounted !== null && document.activeElement === mounted.host,
      }),
    expand: () => dispatch({ type: 'expand' }),
    turnOff: () => dispatch({ type: 'turnOff' }),
    notNeeded: () => dispatch({ type: 'notNeeded' }),
    restart: () => dispatch({ type: 'restart' }),
    focusTarget,
  };

  const followTyping = (page: Detection) => {
    const field = page.highlight.find((candidate) => candidate.id === 'username')?.element;
    if (!field || watchedFields.has(field)) return;
    watchedFields.add(field);
    // The username only, and only its length: the password field is never touched.
    field.addEventListener(
      'input',
      () => dispatch({ type: 'usernameTyped', length: (field as HTMLInputElement).value.length }),
      { signal },
    );
  };

  const draw = () => {
    const now = state();
    const { page, helpDesks } = now;
    if (!page) return;
    view = viewOf(now, page);
    mounted ??= mountGuide(document, code.overlay);
    const courtId = courtOf(now);
    const court = courtId ? (courtById(courtId) ?? null) : null;
    mounted.update(
      {
        view,
        courtType: court?.type ?? null,
        court,
        inCourt: courtId !== null,
        training: page.training,
        fontSize: FONT_PX[now.settings?.textSize ?? 'standard'],
        gaveUpWaiting: now.targetWait === 'over',
        reducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
        focusedOnPage: () =>
          document.activeElement === mounted?.host ? null : document.activeElement,
        helpDesks: {
          lookup: typeof helpDesks === 'function' ? helpDesks : null,
          ask: () => dispatch({ type: 'helpDesksWanted' }),
        },
        actions,
      },
      {
        court: courtId,
        flow: view.kind === 'step' ? view.flow : page.flow,
        step: page.step,
      },
    );
    followTyping(page);
    dispatch({
      type: 'drawn',
      targetMissing: view.kind === 'step' && view.targetState === 'missing',
      bubble: needsOverlay(view),
    });
  };

  const returnFocus = () => {
    const before = focusedBeforeGuide;
    if (before?.isConnected) {
      before.focus();
      if (document.activeElement === before) return;
    }
    mounted?.root.querySelector<HTMLElement>('[data-action="expand"]')?.focus();
  };

  // Async, so that a backend or loader that throws at once is an answer of nothing too.
  const ask = async (question: Question) => {
    let court: CourtView | null = null;
    try {
      court = await answer(backend, question);
    } catch {
      // The guide still works from the page alone (an extension update, say).
    }
    dispatch({ type: 'answered', question, court });
  };

  const readSettings = async () => {
    let settings = null;
    try {
      settings = await backend.getPreferences();
    } catch {
      // Defaults apply.
    }
    dispatch({ type: 'settingsRead', settings });
  };

  const loadHelpDesks = async () => {
    let lookup = null;
    try {
      lookup = (await code.helpDesks()).helpDeskOf;
    } catch {
      // The extension was updated or removed under the page: no help desk, as before it was asked for.
    }
    dispatch({ type: 'helpDesksLoaded', lookup });
  };

  const perform = (effect: GuideEffect): void => {
    if (typeof effect === 'object') return void ask(effect);
    switch (effect) {
      case 'readSettings':
        return void readSettings();
      case 'preloadOverlay': {
        const now = state();
        // One that fails is tried again, and let go, when the guide draws.
        if (now.page && needsOverlay(viewOf(now, now.page))) code.overlay().catch(() => undefined);
        return;
      }
      case 'draw':
        return draw();
      case 'unmount':
        mounted?.unmount();
        mounted = null;
        return;
      case 'recognise':
        return dispatch({ type: 'recognised', page: recognise() });
      case 'loadHelpDesks':
        return void loadHelpDesks();
      case 'startTargetWait':
        clearTimeout(waitTimer);
        waitTimer = setTimeout(() => dispatch({ type: 'targetWaitOver' }), TARGET_WAIT_MS);
        return;
      case 'stopTargetWait':
        return clearTimeout(waitTimer);
      case 'returnFocus':
        return returnFocus();
      case 'focusBubble':
        return void mounted?.drawn().then(() => bubble()?.focus());
      case 'stopWatching':
        return controller.abort();
    }
  };

  const recognise = () => detectPage(options.url(), document);

  return {
    perform,
    recognise,
    signal,
    shortcut(event) {
      if (!(event.altKey && event.shiftKey && event.code === 'KeyG') || !mounted) return;
      event.preventDefault();
      if (document.activeElement === mounted.host) focusTarget();
      else bubble()?.focus();
    },
    pageFocused(element) {
      if (element !== mounted?.host && element !== document.body) focusedBeforeGuide = element;
    },
  };
}
