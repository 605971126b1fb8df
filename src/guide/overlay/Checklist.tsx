import { FLOWS } from '../../flows/flows';
import type { FlowId, StepId } from '../../flows/types';
import { STRINGS } from './strings';

/** The flow as a list, the current step marked: the way back from a page off the flow. */
export function Checklist({ flow, current }: { flow: FlowId; current: StepId }) {
  return (
    <>
      <p class="instruction">{STRINGS.checklistTitle}</p>
      <p>{STRINGS.checklistHelp}</p>
      <ol class="checklist">
        {FLOWS[flow].steps.map((step) => (
          <li
            key={step.id}
            class={step.id === current ? 'current' : undefined}
            aria-current={step.id === current ? 'step' : undefined}
            data-step={step.id}
          >
            {STRINGS.instruction(flow, step.id)}
            {step.id === current && <span class="sr-only"> ({STRINGS.youAreHere})</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
