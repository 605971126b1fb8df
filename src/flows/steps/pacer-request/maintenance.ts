import { EFILE_REGISTRATION_LINK, HISTORY } from '../../page-patterns';
import type { Protect, Step } from '../../types';
import { REQUEST_PAGES } from '../request-pages';

export const page = 'Manage My Account, Maintenance tab';

export const step: Step<'maintenance'> = {
  id: 'maintenance',
  hints: [
    {
      id: 'history',
      kind: 'tip',
      source: '003',
    },
  ],
  rule: {
    hosts: ['pacer-psc'],
    all: [{ link: EFILE_REGISTRATION_LINK }],
    any: [{ selectedTab: 'maintenance' }, { link: HISTORY }],
    unlessStep: REQUEST_PAGES,
  },
  highlight: [
    {
      id: 'attorney-registration',
      find: [{ link: /^attorney admissions\/?e-file registration/ }],
    },
    {
      id: 'non-attorney-registration',
      find: [{ link: /non-attorney admissions\/?e-file registration/ }],
    },
    {
      id: 'registration-history',
      find: [{ link: HISTORY }],
    },
  ],
  targetForRole: {
    attorney: 'attorney-registration',
    'non-attorney': 'non-attorney-registration',
  },
  progress: 'starts',
};

/** Links: the ring's target alone. */
export const protects: readonly Protect[] = [];
