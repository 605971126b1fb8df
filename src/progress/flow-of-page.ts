import { stepNumber } from '../flows/flows';
import type { FlowId, StepId } from '../flows/types';
import type { CourtStatus } from './court-status';

/**
 * The flow a page of a flow is in, for a court whose status is `status`: the
 * one recognition names. A PACER login page that does not say (it serves both
 * flows) is in the court's flow under way, when the step is one of its own.
 */
export function flowOfPage(
  page: { readonly flow: FlowId | null; readonly step: StepId },
  status: CourtStatus | null,
): FlowId | null {
  if (page.flow !== null) return page.flow;
  if (status?.status !== 'in-progress') return null;
  return stepNumber(status.flow, page.step) > 0 ? status.flow : null;
}
