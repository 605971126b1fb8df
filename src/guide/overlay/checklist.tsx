import type { FlowId, StepId } from '../../flows/types';
import { HelpDesk } from './help-desk';
import type { GuideStrings } from './strings';

interface Props {
  readonly strings: GuideStrings;
  readonly flow: FlowId;
  readonly steps: readonly StepId[];
  readonly current: StepId;
}

/** The flow as a list, the current step marked: the way back from a page off the flow. */
export function Checklist({ strings, flow, steps, current }: Props) {
  return (
    <>
      <p class="instruction">{strings.checklistTitle}</p>
      <p>{strings.checklistHelp}</p>
      <ol class="checklist">
        {steps.map((step) => (
          <li
            key={step}
            class={step === current ? 'current' : undefined}
            aria-current={step === current ? 'step' : undefined}
            data-step={step}
          >
            {strings.instruction(flow, step)}
            {step === current && <span class="sr-only"> ({strings.youAreHere})</span>}
          </li>
        ))}
      </ol>
      <HelpDesk strings={strings} />
    </>
  );
}
