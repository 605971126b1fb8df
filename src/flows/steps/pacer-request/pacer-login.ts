import {
  pacerLoginHints,
  PACER_LOGIN_PROTECTS,
  PACER_LOGIN_RULE,
  PACER_LOGIN_TARGETS,
} from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page = 'PACER login (pacer.login.uscourts.gov)';

/** The central PACER login on the way to Manage My Account (court-link has its own words for it). */
export const step: Step<'pacer-login'> = {
  id: 'pacer-login',
  hints: /* @__PURE__ */ pacerLoginHints([
    {
      id: 'forgotten',
      kind: 'tip',
      source: '003',
    },
  ]),
  rule: PACER_LOGIN_RULE,
  highlight: PACER_LOGIN_TARGETS,
  progress: 'follows',
};

export const protects: readonly Protect[] = PACER_LOGIN_PROTECTS;
