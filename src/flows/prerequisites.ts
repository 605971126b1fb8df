import type { Prerequisite } from './types';

export const PREREQUISITES: readonly Prerequisite[] = [
  {
    id: 'upgraded-account',
    text: 'Your PACER account must be an upgraded one. An account created before August 2014 must be upgraded first.',
    flows: ['court-link', 'pacer-request'],
    source: '000, 001, 002, 003, 004',
  },
  {
    id: 'individual-account',
    text: 'Log in with your own individual PACER account, never a shared firm PACER account.',
    flows: ['court-link', 'pacer-request'],
    source: '000, 001, 002, 004',
  },
  {
    id: 'cookies',
    text: 'Your browser must accept cookies to log in. If login fails, delete the stored cookie, close and reopen the browser.',
    flows: ['court-link', 'pacer-request'],
    source: '000, 001, 004',
  },
  {
    id: 'account-info',
    text: 'The personal and firm information in your PACER account is up to date.',
    flows: ['pacer-request'],
    source: '003',
  },
];
