import {
  CONFIRM_TEXT,
  LINK_UTILITY,
  LINK_UTILITY_TARGET,
  PASSWORD_FIELD,
  RELEASE_1_1,
} from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page = 'The Utilities menu page';

export const step: Step<'utilities'> = {
  id: 'utilities',
  hints: [
    {
      id: 'release-1-1-route',
      kind: 'tip',
      source: '000, 001, 002, 004',
    },
  ],
  rule: {
    hosts: ['ecf'],
    any: [
      { url: /displaymenu\.pl\?utilities/i },
      { heading: { exact: 'utilities' } },
      { heading: { exact: 'your account' } },
      { link: LINK_UTILITY },
      { link: RELEASE_1_1 },
    ],
    min: 2,
    none: [PASSWORD_FIELD, CONFIRM_TEXT],
  },
  highlight: [
    LINK_UTILITY_TARGET,
    {
      id: 'release-1-1-link',
      find: [{ link: RELEASE_1_1 }],
      explained: true,
    },
  ],
  // The linking utility is not on this court's Utilities page: the headline says to take the Release 1.1 menu.
  fallback: { target: 'release-1-1-link', situation: 'release-1-1-fallback' },
  progress: 'starts',
};

/** Links: the ring's target alone. */
export const protects: readonly Protect[] = [];
