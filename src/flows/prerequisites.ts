import type { Prerequisite } from './types';

export const PREREQUISITES: readonly Prerequisite[] = [
  {
    id: 'upgraded-account',
    flows: ['court-link', 'pacer-request'],
    source: '000, 001, 002, 003, 004',
  },
  {
    id: 'individual-account',
    flows: ['court-link', 'pacer-request'],
    source: '000, 001, 002, 004',
  },
  {
    id: 'cookies',
    flows: ['court-link', 'pacer-request'],
    source: '000, 001, 004',
  },
  {
    id: 'account-info',
    flows: ['pacer-request'],
    source: '003',
  },
];
