import { HISTORY } from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page = 'E-File Registration/Maintenance History';

export const step: Step<'registration-history'> = {
  id: 'registration-history',
  hints: [
    {
      id: 'processed-means-linked',
      kind: 'linked-evidence',
      source: '003',
    },
  ],
  rule: {
    hosts: ['pacer-psc'],
    any: [{ heading: HISTORY }, { title: HISTORY }],
  },
  highlight: [],
  reads: {
    registrations: {
      processed: /\b(processed|approved|completed?|granted)\b/,
      pending: /\b(pending|submitted|received|in progress|awaiting|under review)\b/,
      rejected: /\b(rejected|denied|declined|returned|cancell?ed|withdrawn)\b/,
    },
  },
  progress: 'starts',
};

/** Nothing to ring, nothing to keep clear. */
export const protects: readonly Protect[] = [];
