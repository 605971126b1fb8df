import {
  COURT_TYPE_SELECT,
  DELIVERY_METHOD,
  NEXT,
  NEXT_BUTTON,
  TERMS_AND_CONDITIONS,
} from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page = 'Registration type';

export const step: Step<'registration-type'> = {
  id: 'registration-type',
  hints: [],
  rule: {
    hosts: ['pacer-psc'],
    all: [{ text: 'e-file registration only' }, { text: 'pro hac vice' }],
    none: [COURT_TYPE_SELECT, DELIVERY_METHOD, TERMS_AND_CONDITIONS],
  },
  highlight: [
    {
      id: 'e-file-registration-only',
      find: [
        { field: { type: 'radio', label: 'e-file registration only' } },
        { link: 'e-file registration only' },
        { button: 'e-file registration only' },
      ],
    },
    NEXT,
  ],
  progress: 'starts',
};

/** Both choices, as radios or as buttons, and Next. */
export const protects: readonly Protect[] = [
  { field: 'e-file registration only' },
  { field: 'pro hac vice' },
  { button: 'e-file registration only' },
  { button: 'pro hac vice' },
  NEXT_BUTTON,
];
