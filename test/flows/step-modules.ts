/// <reference types="vite/client" />
// The step modules as files (src/flows/steps/<flow>/<step>.ts), and what each
// step asks of the locales: for the tests that hold steps to their conventions.
import { messageKeys } from '../../src/flows/message-keys';
import type { FlowId, Protect, Situation, Step, StepId } from '../../src/flows/types';

export interface StepModule {
  readonly step: Step;
  /** The page, as the court instructions describe it. */
  readonly page: string;
  readonly protects: readonly Protect[];
}

export interface StepFile {
  /** As the folder and the file name say. */
  readonly flow: string;
  readonly id: string;
  readonly module: StepModule;
}

const MODULES = import.meta.glob<StepModule>('../../src/flows/steps/*/*.ts', { eager: true });

export const STEP_FILES: readonly StepFile[] = Object.entries(MODULES).map(([path, module]) => {
  const [, flow = '', id = ''] = /\/steps\/([^/]+)\/([^/]+)\.ts$/.exec(path) ?? [];
  return { flow, id, module };
});

export function stepFile(flow: FlowId, step: StepId): StepFile | undefined {
  return STEP_FILES.find((file) => file.flow === flow && file.id === step);
}

/** The headlines a step's page can call for instead of its instruction (see Situation). */
export function situationsOf(step: Step): Situation[] {
  return [
    ...(step.fallback ? [step.fallback.situation] : []),
    ...(step.withholdsWhenNamesDiffer ? (['names-differ'] as const) : []),
  ];
}

/** Every message a step's guide can show, by the keys derived from its ids. */
export function messagesOfStep(flow: FlowId, step: Step): string[] {
  return [
    messageKeys.instruction(flow, step.id),
    ...situationsOf(step).map((situation) => messageKeys.instructionIn(flow, step.id, situation)),
    ...step.hints.map((hint) => messageKeys.hint(hint.id)),
    ...step.highlight.flatMap((target) =>
      target.explained
        ? [messageKeys.target(target.id), messageKeys.targetWhy(target.id)]
        : [messageKeys.target(target.id)],
    ),
  ];
}
