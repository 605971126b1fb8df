// A court's status as valibot reads it back from storage or from an imported
// file. It mirrors src/progress/court-status.ts; the type checks at the end
// fail to compile when the two drift apart.

import * as v from 'valibot';
import { courtById } from '../flows/court-registry';
import { FLOW_IDS, FLOWS, stepNumber } from '../flows/flows';
import type { StepId } from '../flows/types';
import type { CourtStatus, LinkEvidence } from '../progress/court-status';

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
    (issue) => `${String(issue.input)} is not a known court id`,
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

const notStarted = v.object({ status: v.literal('not-started'), at });

const inProgress = v.pipe(
  v.object({
    status: v.literal('in-progress'),
    at,
    flow: flowIdSchema,
    step: stepIdSchema,
    source: v.object({
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

const requested = v.object({
  status: v.literal('requested'),
  at,
  source: v.object({
    kind: v.literal('detected'),
    step: v.nullable(stepIdSchema),
    evidence: v.literal('request-submitted'),
  }),
});

const pacerOnlyConflict = v.object({
  sign: v.literal('pacer-only-menus'),
  step: v.nullable(stepIdSchema),
  at,
});

const detectedLinked = v.object({
  status: v.literal('linked'),
  at,
  source: v.object({
    kind: v.literal('detected'),
    step: v.nullable(stepIdSchema),
    evidence: linkEvidence,
  }),
  conflict: v.optional(pacerOnlyConflict),
});

const detectedStatus = v.variant('status', [notStarted, inProgress, requested, detectedLinked]);

const manualSource = v.object({ kind: v.literal('manual'), detected: detectedStatus });

const manualLinked = v.object({
  status: v.literal('linked'),
  at,
  source: manualSource,
  conflict: v.optional(pacerOnlyConflict),
});

const notNeeded = v.object({
  status: v.literal('not-needed'),
  at,
  source: manualSource,
  conflict: v.optional(v.object({ sign: linkEvidence, step: v.nullable(stepIdSchema), at })),
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

/** The first problem, readable: for set-aside records and import errors. */
export function describeIssues(
  issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]],
): string {
  const [first] = issues;
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
}

// Compile-time proof that what the schema accepts is a CourtStatus, and back.
type Parsed = v.InferOutput<typeof courtStatusSchema>;
const _parsedIsStatus = (parsed: Parsed): CourtStatus => parsed;
const _statusIsParsed = (status: CourtStatus): Parsed => status;
void _parsedIsStatus;
void _statusIsParsed;
