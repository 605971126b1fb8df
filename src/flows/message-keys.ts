// Every word the filer reads lives in public/_locales/<lang>/messages.json.
// The flows carry ids; these are the message names derived from them
// (browser.i18n allows only letters, digits and underscores).
import type { FlowId, StepId } from './types';

const key = (...parts: string[]): string => parts.join('_').replace(/-/g, '_');

export const messageKeys = {
  flowTitle: (flow: FlowId) => key('flow', flow, 'title'),
  /** Per flow: the login step reads differently in each. */
  instruction: (flow: FlowId, step: StepId) => key(flow, step, 'instruction'),
  /** The instruction when the page makes the usual one wrong (see Situation in types.ts). */
  instructionIn: (flow: FlowId, step: StepId, situation: string) =>
    key(flow, step, situation, 'instruction'),
  hint: (hint: string) => key('hint', hint),
  target: (target: string) => key('target', target),
  targetWhy: (target: string) => key('target', target, 'why'),
};
