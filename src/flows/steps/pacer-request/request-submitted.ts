import { COURT_TYPE_SELECT, HISTORY, REQUEST_SUBMITTED } from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page = 'After submitting';

export const step: Step<'request-submitted'> = {
  id: 'request-submitted',
  hints: [
    {
      id: 'confirmation-email',
      kind: 'tip',
      source: '003',
    },
    {
      id: 'check-status',
      kind: 'tip',
      source: '003',
    },
  ],
  rule: {
    hosts: ['pacer-psc'],
    all: [{ text: REQUEST_SUBMITTED }],
    none: [COURT_TYPE_SELECT, { heading: HISTORY }],
  },
  highlight: [],
  progress: 'starts',
  provesRequest: true,
};

/** Nothing to ring, nothing to keep clear. */
export const protects: readonly Protect[] = [];
