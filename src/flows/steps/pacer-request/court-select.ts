import { COURT_SELECT, COURT_TYPE_SELECT, NEXT, NEXT_BUTTON } from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page = 'Court Type and Court drop-downs';

export const step: Step<'court-select'> = {
  id: 'court-select',
  hints: [
    {
      id: 'court-missing-means-linked',
      kind: 'linked-evidence',
      source: '003',
    },
  ],
  rule: {
    hosts: ['pacer-psc'],
    all: [COURT_TYPE_SELECT],
    any: [{ field: COURT_SELECT }, NEXT_BUTTON],
  },
  highlight: [
    { id: 'court', find: [{ field: COURT_SELECT }] },
    {
      id: 'court-type',
      find: [{ field: { type: 'select', label: 'court type' } }],
    },
    NEXT,
  ],
  reads: { courtOptions: COURT_SELECT },
  progress: 'starts',
};

/** Both drop-downs and Next. */
export const protects: readonly Protect[] = [
  { field: 'court type' },
  { field: /^court\b/ },
  NEXT_BUTTON,
];
