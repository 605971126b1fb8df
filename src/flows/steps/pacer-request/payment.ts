import {
  COURT_TYPE_SELECT,
  DELIVERY_METHOD,
  NEXT,
  NEXT_BUTTON,
  REQUEST_SUBMITTED,
  TERMS_AND_CONDITIONS,
} from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page = 'Payment information';

export const step: Step<'payment'> = {
  id: 'payment',
  hints: [],
  // The wizard's Next button tells it from the account page's Payments tab.
  rule: {
    hosts: ['pacer-psc'],
    all: [NEXT_BUTTON],
    any: [{ heading: 'payment' }, { text: 'payment information' }],
    none: [COURT_TYPE_SELECT, DELIVERY_METHOD, TERMS_AND_CONDITIONS, { text: REQUEST_SUBMITTED }],
  },
  highlight: [NEXT],
  progress: 'starts',
};

export const protects: readonly Protect[] = [NEXT_BUTTON];
