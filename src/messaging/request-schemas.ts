// Every request is validated where it is received: a message is data from
// another context (a content script runs beside a court's page), and nothing
// unchecked may reach the stored statuses.

import * as v from 'valibot';
import { PAGE_LINK_SIGNS } from '../detection/types';
import { guidePreferenceSchema, roleSchema, textSizeSchema } from '../storage/preferences-schema';
import {
  courtIdSchema,
  courtStatusSchema,
  flowIdSchema,
  stepIdSchema,
} from '../storage/status-schema';
import type { MessageName, RequestOf } from './protocol';

const court = v.object({ court: courtIdSchema });
const nothing = v.object({});

const pageReport = v.object({
  court: v.nullable(courtIdSchema),
  courtsNamed: v.array(courtIdSchema),
  training: v.boolean(),
  flow: v.nullable(flowIdSchema),
  step: v.nullable(stepIdSchema),
  startsFlow: v.boolean(),
  linked: v.nullable(v.boolean()),
  linkSign: v.nullable(v.picklist(PAGE_LINK_SIGNS)),
  courtOptions: v.nullable(v.array(v.string())),
  registrations: v.nullable(
    v.array(
      v.object({
        court: v.string(),
        status: v.string(),
        state: v.picklist(['processed', 'pending', 'rejected', 'unknown']),
      }),
    ),
  ),
});

type RequestSchemas = { readonly [N in MessageName]: v.GenericSchema<unknown, RequestOf<N>> };

export const REQUEST_SCHEMAS: RequestSchemas = {
  reportPage: pageReport,
  getCourtView: court,
  setGuidePreference: v.object({
    court: courtIdSchema,
    preference: v.partial(guidePreferenceSchema),
  }),
  restartCourt: court,
  setStatusByHand: v.object({ court: courtIdSchema, status: v.picklist(['linked', 'not-needed']) }),
  markNotNeeded: court,
  clearStatusByHand: court,
  getOverview: v.object({ tabId: v.nullable(v.pipe(v.number(), v.integer())) }),
  startCourt: v.object({ court: courtIdSchema, flow: flowIdSchema }),
  trackCourt: court,
  untrackCourt: court,
  getPreferences: nothing,
  setPreferences: v.object({ role: v.optional(roleSchema), textSize: v.optional(textSizeSchema) }),
  importStatuses: v.object({ statuses: v.record(courtIdSchema, courtStatusSchema) }),
  discardSetAside: nothing,
};
