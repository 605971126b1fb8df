// What the guide shows on a page, decided from what recognition found and
// what the background knows of the court. Pure, so every case is a unit test.
import type { HighlightCandidate, Detection } from '../detection/types';
import { FLOWS, flowsOfStep, stepNumber } from '../flows/flows';
import type { FlowId, Hint, HintCondition, Situation, Step, StepId } from '../flows/types';
import type { CourtView } from '../messaging/protocol';
import { flowOfPage } from '../progress/flow-of-page';
import type { Role } from '../progress/preferences';

/** Facts of the moment that only the live page and browser know. */
export interface PageConditions {
  readonly cookiesBlocked: boolean;
  /** Length of what is typed in the username field; never its text. */
  readonly usernameLength: number;
}

export interface StepGuide {
  readonly kind: 'step';
  readonly flow: FlowId;
  readonly step: Step;
  readonly number: number;
  readonly total: number;
  readonly hints: readonly Hint[];
  /** The element to ring; null when there is none to ring (see `targetState`). */
  readonly target: HighlightCandidate | null;
  /** `none`: the step has nothing to click; `missing`: the element is not on the page. */
  readonly targetState: 'found' | 'missing' | 'none' | 'withheld';
  /** Set when the headline must say something other than the step's usual instruction. */
  readonly situation: Situation | null;
  readonly names: Detection['names'];
  readonly namesMatch: boolean | null;
}

export type GuideView =
  | { readonly kind: 'hidden' }
  /** A small collapsed control; `step` is set when expanding shows a step. */
  | {
      readonly kind: 'pill';
      readonly reason: 'collapsed' | 'not-linked';
      readonly guide: StepGuide | null;
    }
  | StepGuide
  /** An unrecognised court page mid-flow: the way back. */
  | {
      readonly kind: 'checklist';
      readonly flow: FlowId;
      readonly steps: readonly StepId[];
      readonly current: StepId;
    }
  | { readonly kind: 'linked' };

export interface GuideInput {
  readonly detection: Detection;
  readonly court: CourtView | null;
  readonly role: Role | null;
  readonly conditions: PageConditions;
  /** The filer's choice for this court (or this page, when it names no court). */
  readonly enabled: boolean;
  readonly collapsed: boolean;
  /** The filer asked to see the guide on a page where it starts as a pill. */
  readonly expanded: boolean;
  /**
   * On a court page outside the flows (a docket, a report, a query): the way
   * into the court-link flow from its menu bar, as recognition of `ecf-main`
   * would give it; null elsewhere. Asked for only where the pill may show.
   */
  readonly wayIn: () => Detection | null;
}

const UPGRADED_USERNAME_LENGTH = 8;
/** Statuses of courts in "My courts" where linking is still to do. */
const TO_DO_STATUSES = new Set(['not-started', 'in-progress', 'requested']);

/** Words in the names of firms, not of people: "Smith & Jones LLP", "Doe Law Group". */
const FIRM_NAME =
  /&|\b(l\.?l\.?p|l\.?l\.?c|p\.?l\.?l\.?c|p\.?c|law|legal|attorneys|associates|firm|group|partners)\b/i;

export function looksLikeFirmName(name: string): boolean {
  return FIRM_NAME.test(name);
}

function holds(
  condition: HintCondition,
  conditions: PageConditions,
  names: Detection['names'],
): boolean {
  if (condition === 'cookies-blocked') return conditions.cookiesBlocked;
  if (condition === 'firm-account-name') return looksLikeFirmName(names?.pacer ?? '');
  return conditions.usernameLength > 0 && conditions.usernameLength < UPGRADED_USERNAME_LENGTH;
}

/** The page's flow as progress decides it; a login page that does not say, with no flow under way, the step's first flow. */
function flowOf(detection: Detection, court: CourtView | null, step: StepId): FlowId {
  return (
    flowOfPage({ flow: detection.flow, step }, court?.status ?? null) ??
    flowsOfStep(step)[0] ??
    'court-link'
  );
}

/**
 * A box ticked, a radio chosen, a court picked: that target is done and the
 * guide moves on to the next (Next, Submit). Reads checked and selectedIndex,
 * never a text field's value.
 */
function isDone(element: Element): boolean {
  if (element.tagName === 'SELECT') return (element as HTMLSelectElement).selectedIndex > 0;
  const type = element.tagName === 'INPUT' ? element.getAttribute('type')?.toLowerCase() : null;
  return (type === 'checkbox' || type === 'radio') && (element as HTMLInputElement).checked;
}

/** The visible element to ring, chosen among the step's candidates. */
function chooseTarget(
  step: Step,
  candidates: readonly HighlightCandidate[],
  role: Role | null,
  isShown: (element: Element) => boolean,
): HighlightCandidate | null {
  const visible = candidates.filter((candidate) => isShown(candidate.element));
  const pending = visible.filter((candidate) => !isDone(candidate.element));
  // When every choice is made, the last target (Next, Submit) is still the one to use.
  const shown = pending.length > 0 ? pending : visible.slice(-1);
  const preferred = [
    ...(role && step.targetForRole ? [step.targetForRole[role]] : []),
    ...(step.ringsFirst ?? []),
  ];
  for (const id of preferred) {
    const found = shown.find((candidate) => candidate.id === id);
    if (found) return found;
  }
  return shown[0] ?? null;
}

function stepGuide(input: GuideInput, isShown: (element: Element) => boolean): StepGuide | null {
  const { detection, court, role, conditions } = input;
  if (!detection.step) return null;
  const flow = flowOf(detection, court, detection.step);
  const step = FLOWS[flow].steps.find((candidate) => candidate.id === detection.step);
  if (!step) return null;
  const hints = step.hints.filter(
    (hint) => !hint.when || holds(hint.when, conditions, detection.names),
  );
  const withheld = step.withholdsWhenNamesDiffer === true && detection.namesMatch === false;
  const target = withheld ? null : chooseTarget(step, detection.highlight, role, isShown);
  const targetState = withheld
    ? 'withheld'
    : step.highlight.length === 0
      ? 'none'
      : target
        ? 'found'
        : 'missing';
  const situation: Situation | null = withheld
    ? 'names-differ'
    : step.fallback && target?.id === step.fallback.target
      ? step.fallback.situation
      : null;
  return {
    kind: 'step',
    flow,
    step,
    number: stepNumber(flow, step.id),
    total: FLOWS[flow].steps.length,
    hints,
    target,
    targetState,
    situation,
    names: detection.names,
    namesMatch: detection.namesMatch,
  };
}

/**
 * A page outside the flows, in a court the filer tracks and has not linked,
 * whose menu bar shows only PACER's items: a pill offers the guide, and
 * expanding it rings the way in. Courts the filer only reads get nothing.
 */
function outsideFlows(input: GuideInput, isShown: (element: Element) => boolean): GuideView | null {
  const { detection, court } = input;
  if (detection.linked !== false || !court?.tracked) return null;
  if (!TO_DO_STATUSES.has(court.status.status)) return { kind: 'hidden' };
  const way = input.wayIn();
  const offer = way ? stepGuide({ ...input, detection: way }, isShown) : null;
  if (input.expanded && offer) return offer;
  return { kind: 'pill', reason: 'not-linked', guide: offer };
}

/** Decides between staying out of the way, a pill, a step, a checklist or a linked mark. */
export function chooseGuideView(
  input: GuideInput,
  isShown: (element: Element) => boolean,
): GuideView {
  const { detection, court } = input;
  if (!input.enabled) return { kind: 'hidden' };
  const status = court?.status.status ?? 'not-started';
  const guide = stepGuide(input, isShown);

  if (!guide) {
    const outside = outsideFlows(input, isShown);
    if (outside) return outside;
    const progress = court?.status;
    // An unrecognised court page mid-flow (no menu bar to tell what it is): the way back.
    return progress?.status === 'in-progress' && detection.linked === null
      ? {
          kind: 'checklist',
          flow: progress.flow,
          steps: FLOWS[progress.flow].steps.map((step) => step.id),
          current: progress.step,
        }
      : { kind: 'hidden' };
  }
  const quiet = guide.step.quietWhenLinked === true;
  if (quiet && status === 'not-needed') return { kind: 'hidden' };
  if (quiet && (detection.linked === true || status === 'linked')) {
    return detection.court ? { kind: 'linked' } : { kind: 'hidden' };
  }
  if (input.collapsed && !input.expanded) return { kind: 'pill', reason: 'collapsed', guide };
  return guide;
}
