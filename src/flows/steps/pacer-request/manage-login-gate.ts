import { MANAGE_MY_ACCOUNT_LOGIN } from '../../page-patterns';
import type { Protect, Step } from '../../types';

const LOG_IN_TO_MANAGE = /log ?in to manage my account/;

export const page = 'The page before the Manage My Account login';

export const step: Step<'manage-login-gate'> = {
  id: 'manage-login-gate',
  hints: [],
  rule: {
    hosts: ['pacer-home', 'pacer-psc'],
    all: [{ link: LOG_IN_TO_MANAGE }],
    none: [{ link: MANAGE_MY_ACCOUNT_LOGIN }],
  },
  highlight: [
    {
      id: 'log-in-to-manage',
      find: [{ link: LOG_IN_TO_MANAGE }, { button: LOG_IN_TO_MANAGE }],
    },
  ],
  progress: 'follows',
};

/** A link: the ring's target alone. */
export const protects: readonly Protect[] = [];
