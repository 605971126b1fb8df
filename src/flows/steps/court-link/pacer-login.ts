import {
  pacerLoginHints,
  PACER_LOGIN_PROTECTS,
  PACER_LOGIN_RULE,
  PACER_LOGIN_TARGETS,
} from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page = 'PACER login (pacer.login.uscourts.gov): Username, Password, Client Code';

/** The central PACER login on the way into a court's CM/ECF site (pacer-request has its own words for it). */
export const step: Step<'pacer-login'> = {
  id: 'pacer-login',
  hints: /* @__PURE__ */ pacerLoginHints([
    {
      id: 'no-shared-account',
      kind: 'warning',
      source: '000, 001, 002, 004',
    },
    {
      id: 'cookies',
      kind: 'tip',
      source: '000, 001, 004',
    },
  ]),
  rule: PACER_LOGIN_RULE,
  highlight: PACER_LOGIN_TARGETS,
  progress: 'follows',
  quietWhenLinked: true,
};

export const protects: readonly Protect[] = PACER_LOGIN_PROTECTS;
