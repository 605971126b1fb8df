import { MANAGE_MY_ACCOUNT_LOGIN } from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page = 'pacer.uscourts.gov';

export const step: Step<'pacer-home'> = {
  id: 'pacer-home',
  hints: [
    {
      id: 'account-info',
      kind: 'tip',
      source: '003',
    },
  ],
  // Page text, not links: the home page may open on another tab, with the
  // Manage Your Account panel (and its link) hidden.
  rule: {
    hosts: ['pacer-home'],
    all: [{ text: MANAGE_MY_ACCOUNT_LOGIN }],
    any: [
      { link: MANAGE_MY_ACCOUNT_LOGIN },
      { tab: 'manage your account' },
      { link: 'manage your account' },
    ],
  },
  highlight: [
    {
      id: 'manage-my-account-login',
      find: [{ link: MANAGE_MY_ACCOUNT_LOGIN }],
    },
    {
      id: 'manage-your-account-tab',
      find: [{ tab: 'manage your account' }, { link: { exact: 'manage your account' } }],
      explained: true,
    },
  ],
  progress: 'follows',
};

/** Links: the ring's target alone. */
export const protects: readonly Protect[] = [];
