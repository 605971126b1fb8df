import {
  COURT_TYPE_SELECT,
  DELIVERY_METHOD,
  LOCAL_REQUIREMENTS,
  REQUEST_SUBMITTED,
  SUBMIT_BUTTON,
  TERMS_AND_CONDITIONS,
} from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page = 'Terms and conditions, local requirements';

export const step: Step<'terms'> = {
  id: 'terms',
  hints: [
    {
      id: 'court-processes',
      kind: 'tip',
      source: '003',
    },
  ],
  rule: {
    hosts: ['pacer-psc'],
    all: [TERMS_AND_CONDITIONS, LOCAL_REQUIREMENTS],
    none: [COURT_TYPE_SELECT, DELIVERY_METHOD, { text: REQUEST_SUBMITTED }],
  },
  highlight: [
    {
      id: 'terms-checkbox',
      find: [
        { field: { type: 'checkbox', label: 'terms and conditions' } },
        { field: { type: 'checkbox' } },
      ],
    },
    { id: 'submit', find: [SUBMIT_BUTTON] },
  ],
  progress: 'starts',
};

export const protects: readonly Protect[] = [
  // The terms themselves, paragraph by paragraph.
  { text: /constitutes (consent|your signature)|security of your password/ },
  { field: 'terms and conditions' },
  { field: 'local requirements' },
  SUBMIT_BUTTON,
];
