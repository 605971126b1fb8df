// The guide on one page as a state machine: what happened (an event) and what
// it knew (the state) decide what it knows next and what the browser must do
// (effects). Pure: start-guide.ts performs the effects and turns the page, the
// timers and the background's answers into events.
import { reportOf } from '../detection/page-report';
import type { Detection } from '../detection/types';
import type { GuidePreference } from '../progress/preferences';
import type { GuideInput } from './guide-view';
import type { GuideEffect, GuideEvent, GuideState, GuideStep, Question } from './guide-state';

/** The court the guide is in: the background's answer, else the page's. */
export function courtOf(state: GuideState): string | null {
  return state.court?.court ?? state.page?.court ?? null;
}

/** What the view depends on that the machine knows; the page's conditions come from the edge. */
export function viewChoices(
  state: GuideState,
): Pick<GuideInput, 'court' | 'role' | 'enabled' | 'collapsed' | 'expanded'> {
  const { court, local } = state;
  return {
    court,
    role: state.settings?.role ?? null,
    enabled: court?.guide.enabled ?? local.enabled,
    collapsed: court?.guide.collapsed ?? local.collapsed,
    expanded: state.expanded,
  };
}

const to = (state: GuideState, effects: GuideEffect[] = []): GuideStep => ({ state, effects });

/** Drawn again, once there is a page to draw and the settings are in. */
function redraw(state: GuideState, effects: GuideEffect[] = []): GuideStep {
  return to(state, state.phase === 'running' && state.page ? ['draw', ...effects] : effects);
}

/** A recognised page, once the settings are in: drawn, then reported or its court asked for. */
function arrive(state: GuideState, page: Detection): GuideStep {
  const report = reportOf(page);
  const key = JSON.stringify(report);
  if ((report.step || report.linked !== null) && key !== state.lastReport)
    return redraw({ ...state, lastReport: key }, [{ ask: 'reportPage', report }]);
  if (page.court && !state.court)
    return redraw(state, [{ ask: 'getCourtView', court: page.court }]);
  return redraw(state);
}

function recognised(state: GuideState, page: Detection): GuideStep {
  // No court and no step: nothing for the guide here, and nothing left of it.
  if (!page.court && !page.step)
    return to({ ...state, page: null, targetWait: 'none' }, ['stopTargetWait', 'unmount']);
  const next = { ...state, page };
  return state.phase === 'running' ? arrive(next, page) : to(next);
}

/** The filer's choice for the court, kept on this page alone. */
function keepOnThisPage(state: GuideState, change: Partial<GuidePreference>): GuideState {
  const { court } = state;
  return court
    ? { ...state, court: { ...court, guide: { ...court.guide, ...change } } }
    : { ...state, local: { ...state.local, ...change } };
}

/** Saved for the court by the background; on this page alone where the page names no court. */
function choose(state: GuideState, change: Partial<GuidePreference>): GuideStep {
  const court = courtOf(state);
  if (!court) return redraw(keepOnThisPage(state, change));
  return to(state, [{ ask: 'setGuidePreference', court, change }]);
}

function answered(state: GuideState, question: Question, court: GuideState['court']): GuideStep {
  let next = court ? { ...state, court } : state;
  // Unsaved, but the filer's click still counts on this page.
  if (!court && question.ask === 'setGuidePreference') next = keepOnThisPage(next, question.change);
  // The flow starts again from what the page is now.
  return redraw(next, question.ask === 'restartCourt' ? ['recognise'] : []);
}

function drawn(state: GuideState, targetMissing: boolean, bubble: boolean): GuideStep {
  const effects: GuideEffect[] = [];
  let { targetWait, focusToReturn } = state;
  if (targetMissing && targetWait === 'none') {
    targetWait = 'waiting';
    effects.push('startTargetWait');
  } else if (!targetMissing && targetWait !== 'none') {
    if (targetWait === 'waiting') effects.push('stopTargetWait');
    targetWait = 'none';
  }
  if (focusToReturn && !bubble) {
    focusToReturn = false;
    effects.push('returnFocus');
  }
  return to({ ...state, targetWait, focusToReturn }, effects);
}

/** A question about the guide's court, when there is one. */
function askOfCourt(state: GuideState, ask: 'markNotNeeded' | 'restartCourt'): GuideEffect[] {
  const court = courtOf(state);
  return court ? [{ ask, court }] : [];
}

/** The guide's one transition: pure, so every case is a unit test. */
export function step(state: GuideState, event: GuideEvent): GuideStep {
  if (state.phase === 'stopped') return to(state);
  switch (event.type) {
    case 'started': {
      const { state: next, effects } = recognised(state, event.page);
      // A bubble or checklist needs the overlay's code: fetched while the settings are read, not after.
      const preload: GuideEffect[] = next.page ? ['preloadOverlay'] : [];
      return to(next, ['readSettings', ...preload, ...effects]);
    }
    case 'recognised':
      return recognised(state, event.page);
    case 'settingsRead': {
      const next: GuideState = { ...state, phase: 'running', settings: event.settings };
      return state.phase === 'starting' && next.page ? arrive(next, next.page) : redraw(next);
    }
    case 'answered':
      return answered(state, event.question, event.court);
    case 'drawn':
      return drawn(state, event.targetMissing, event.bubble);
    case 'targetWaitOver':
      return state.targetWait === 'waiting' ? redraw({ ...state, targetWait: 'over' }) : to(state);
    case 'usernameTyped':
      return redraw({ ...state, usernameLength: event.length });
    case 'fieldChanged':
      return redraw(state);
    case 'helpDesksWanted':
      return state.helpDesks === 'unasked'
        ? to({ ...state, helpDesks: 'loading' }, ['loadHelpDesks'])
        : to(state);
    case 'helpDesksLoaded':
      return event.lookup
        ? redraw({ ...state, helpDesks: event.lookup })
        : to({ ...state, helpDesks: 'failed' });
    case 'collapse':
      return choose(
        { ...state, expanded: false, focusToReturn: event.focusInGuide },
        { collapsed: true },
      );
    case 'expand': {
      const next = { ...state, expanded: true };
      const { state: after, effects } =
        state.court?.guide.collapsed || state.local.collapsed
          ? choose(next, { collapsed: false })
          : redraw(next);
      return to(after, [...effects, 'focusBubble']);
    }
    case 'turnOff':
      return choose(state, { enabled: false });
    case 'notNeeded':
      return to({ ...state, expanded: false }, askOfCourt(state, 'markNotNeeded'));
    case 'restart':
      // Reported again, even unchanged: the background forgot the court.
      return to({ ...state, expanded: true, lastReport: '' }, askOfCourt(state, 'restartCourt'));
    case 'gone':
    case 'stop':
      return to({ ...state, phase: 'stopped' }, ['stopTargetWait', 'unmount', 'stopWatching']);
  }
}
