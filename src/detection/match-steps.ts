import { FLOWS, FLOW_IDS } from '../flows/flows';
import type { HostKind, Step, StepId } from '../flows/types';
import { matchRule } from './match-signal';
import type { PageView } from './page-view';

export interface StepMatch {
  readonly step: Step;
  readonly evidence: readonly string[];
}

/** Every step once: `pacer-login` is in both flows with the same rule. */
const STEPS: readonly Step[] = (() => {
  const byId = new Map<StepId, Step>();
  for (const flow of FLOW_IDS)
    for (const step of FLOWS[flow].steps) if (!byId.has(step.id)) byId.set(step.id, step);
  return [...byId.values()];
})();

/**
 * All steps whose rule holds on the page. Rules with `unlessStep` are tried
 * after the others, against what those matched.
 */
export function matchSteps(view: PageView, host: HostKind): StepMatch[] {
  const candidates = STEPS.filter((step) => step.rule.hosts.includes(host));
  const matches: StepMatch[] = [];
  for (const step of candidates) {
    if (step.rule.unlessStep) continue;
    const result = matchRule(step.rule, view);
    if (result.matched) matches.push({ step, evidence: result.evidence });
  }
  const matched = new Set(matches.map((match) => match.step.id));
  for (const step of candidates) {
    const { unlessStep } = step.rule;
    if (!unlessStep || unlessStep.some((id) => matched.has(id))) continue;
    const result = matchRule(step.rule, view);
    if (result.matched) matches.push({ step, evidence: result.evidence });
  }
  return matches;
}

/** When rules overlap on an unforeseen page, the one with the most evidence wins. */
export function bestMatch(matches: readonly StepMatch[]): StepMatch | undefined {
  let best: StepMatch | undefined;
  for (const match of matches)
    if (!best || match.evidence.length > best.evidence.length) best = match;
  return best;
}
