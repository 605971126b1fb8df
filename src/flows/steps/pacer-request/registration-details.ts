import {
  COURT_TYPE_SELECT,
  DELIVERY_METHOD,
  LOCAL_REQUIREMENTS,
  NEXT,
  NEXT_BUTTON,
} from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page = 'Acknowledgement, contact and bar information, NEF delivery';

export const step: Step<'registration-details'> = {
  id: 'registration-details',
  hints: [],
  rule: {
    hosts: ['pacer-psc'],
    all: [DELIVERY_METHOD],
    none: [COURT_TYPE_SELECT, LOCAL_REQUIREMENTS],
  },
  highlight: [
    {
      id: 'acknowledge',
      find: [{ field: { type: 'checkbox', label: /acknowledg/ } }, { field: { type: 'checkbox' } }],
    },
    NEXT,
  ],
  progress: 'starts',
};

/** The acknowledgement, the contact details and NEF delivery to check, and Next. */
export const protects: readonly Protect[] = [
  { field: /acknowledg/ },
  { table: 'firm/office' },
  { table: 'delivery method' },
  NEXT_BUTTON,
];
