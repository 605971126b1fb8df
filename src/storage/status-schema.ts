// A court's status as valibot reads it back from storage or from an imported
// file. It mirrors src/progress/court-status.ts; the type checks at the end
// fail to compile when the two drift apart.
//
// Objects are loose: a field this version does not know (one a later version
// added) is kept, not stripped, so that it is still there after a downgrade
// and the upgrade back. A status is written back as it was read until it
// changes; a change that builds the status anew leaves them behind with the
// status they described.

import * as v from 'valibot';
import { courtById } from '../flows/court-registry';
import { FLOW_IDS, FLOWS, stepNumber } from '../flows/flows';
import type { StepId } from '../flows/types';
import type { CourtStatus, LinkEvidence } from '../progress/court-status';
import { briefly, QUOTE_LENGTH, REASON_LENGTH } from './brief-text';

const STEP_IDS = [...new Set(FLOW_IDS.flatMap((flow) => FLOWS[flow].steps.map((step) => step.id)))];
const LINK_EVIDENCE: readonly LinkEvidence[] = [
  'link-done',
  'filing-menus',
  'court-not-offered',
  'request-processed',
];

export const courtIdSchema = v.pipe(
  v.string(),
  v.check(
    (id) => courtById(id) !== undefined,
    (issue) => `${briefly(String(issue.input))} is not a known court id`,
  ),
);

export const stepIdSchema = v.picklist(
  STEP_IDS as [StepId, ...StepId[]],
  'not a step of the flows',
);
export const flowIdSchema = v.picklist(FLOW_IDS, 'not a flow');
/** Epoch milliseconds. */
const at = v.pipe(v.number(), v.finite(), v.minValue(0));
const linkEvidence = v.picklist(LINK_EVIDENCE);

const notStarted = v.looseObject({ status: v.literal('not-started'), at });

const inProgress = v.pipe(
  v.looseObject({
    status: v.literal('in-progress'),
    at,
    flow: flowIdSchema,
    step: stepIdSchema,
    source: v.looseObject({
      kind: v.literal('detected'),
      step: v.nullable(stepIdSchema),
      evidence: v.literal('step-seen'),
    }),
  }),
  // Reported at `step`, so that an import error can say which field is wrong.
  v.forward(
    v.check((status) => stepNumber(status.flow, status.step) > 0, 'the step is not in that flow'),
    ['step'],
  ),
);

const requested = v.looseObject({
  status: v.literal('requested'),
  at,
  source: v.looseObject({
    kind: v.literal('detected'),
    step: v.nullable(stepIdSchema),
    evidence: v.literal('request-submitted'),
  }),
});

const pacerOnlyConflict = v.looseObject({
  sign: v.literal('pacer-only-menus'),
  step: v.nullable(stepIdSchema),
  at,
});

const detectedLinked = v.looseObject({
  status: v.literal('linked'),
  at,
  source: v.looseObject({
    kind: v.literal('detected'),
    step: v.nullable(stepIdSchema),
    evidence: linkEvidence,
  }),
  conflict: v.optional(pacerOnlyConflict),
});

const detectedStatus = v.variant('status', [notStarted, inProgress, requested, detectedLinked]);

const manualSource = v.looseObject({ kind: v.literal('manual'), detected: detectedStatus });

const manualLinked = v.looseObject({
  status: v.literal('linked'),
  at,
  source: manualSource,
  conflict: v.optional(pacerOnlyConflict),
});

const notNeeded = v.looseObject({
  status: v.literal('not-needed'),
  at,
  source: manualSource,
  conflict: v.optional(v.looseObject({ sign: linkEvidence, step: v.nullable(stepIdSchema), at })),
});

// A variant reports the problems of the status the value claims to be, not of every other kind.
export const courtStatusSchema = v.variant('status', [
  notStarted,
  inProgress,
  requested,
  detectedLinked,
  manualLinked,
  notNeeded,
]);

/**
 * The first problem, readable: for set-aside records and import errors. It
 * quotes the value only briefly (see brief-text.ts), never whole.
 */
export function describeIssues(
  issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]],
): string {
  const [first] = issues;
  const path = v.getDotPath(first);
  const message = withBriefReceived(first);
  return briefly(path ? `${path}: ${message}` : message, REASON_LENGTH);
}

/** valibot's own messages end with the value received, whole: `… but received "xxxx"`. */
function withBriefReceived({ message, received }: v.BaseIssue<unknown>): string {
  if (received.length <= QUOTE_LENGTH || !message.endsWith(received)) return message;
  return message.slice(0, message.length - received.length) + briefly(received);
}

// Compile-time proof that what the schema accepts is a CourtStatus, and back
// (leaving out the loose objects' index signatures, which a CourtStatus has not).
type Parsed = v.InferOutput<typeof courtStatusSchema>;
type NamedFields<T> = T extends object
  ? { [K in keyof T as string extends K ? never : K]: NamedFields<T[K]> }
  : T;
const _parsedIsStatus = (parsed: Parsed): CourtStatus => parsed;
const _statusIsParsed = (status: CourtStatus): NamedFields<Parsed> => status;
void _parsedIsStatus;
void _statusIsParsed;
