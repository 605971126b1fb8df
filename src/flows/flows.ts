import { COURT_LINK_STEPS } from './court-link-flow';
import { PACER_REQUEST_STEPS } from './pacer-request-flow';
import type { Flow, FlowId, Step, StepId } from './types';

export const FLOWS: Readonly<Record<FlowId, Flow>> = {
  'court-link': { id: 'court-link', steps: COURT_LINK_STEPS },
  'pacer-request': { id: 'pacer-request', steps: PACER_REQUEST_STEPS },
};

export const FLOW_IDS: readonly FlowId[] = ['court-link', 'pacer-request'];

export function findStep(flow: FlowId, step: StepId): Step | undefined {
  return FLOWS[flow].steps.find((candidate) => candidate.id === step);
}

/** 1-based position of a step in its flow ("Step k of N"), or 0 when the flow has no such step. */
export function stepNumber(flow: FlowId, step: StepId): number {
  return FLOWS[flow].steps.findIndex((candidate) => candidate.id === step) + 1;
}

/** The step's number and its flow's length, as "Step k of N" messages take them. */
export function stepOfTotal(flow: FlowId, step: StepId): [string, string] {
  return [String(stepNumber(flow, step)), String(FLOWS[flow].steps.length)];
}

/** Whether reaching `step`, in whichever flow has it, proves a request submitted. */
export function provesRequest(step: StepId): boolean {
  return FLOW_IDS.some((flow) => findStep(flow, step)?.provesRequest === true);
}

/** The flows a step belongs to (`pacer-login` is in both). */
export function flowsOfStep(step: StepId): FlowId[] {
  return FLOW_IDS.filter((flow) => stepNumber(flow, step) > 0);
}
