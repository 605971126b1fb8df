import { EFILE_REGISTRATION_LINK } from '../../page-patterns';
import type { Protect, Step } from '../../types';
import { REQUEST_PAGES } from '../request-pages';

export const page = 'Manage My Account';

export const step: Step<'manage-account'> = {
  id: 'manage-account',
  hints: [],
  rule: {
    hosts: ['pacer-psc'],
    any: [{ tab: 'maintenance' }, { title: 'manage my account' }, { heading: 'manage my account' }],
    none: [{ link: EFILE_REGISTRATION_LINK }, { selectedTab: 'maintenance' }],
    unlessStep: REQUEST_PAGES,
  },
  highlight: [
    {
      id: 'maintenance-tab',
      find: [{ tab: 'maintenance' }, { link: { exact: 'maintenance' } }],
    },
  ],
  progress: 'follows',
};

/** A tab: the ring's target alone. */
export const protects: readonly Protect[] = [];
