import {
  CONFIRM_TEXT,
  LINK_UTILITY,
  LINK_UTILITY_TARGET,
  PASSWORD_FIELD,
  RELEASE_1_1,
} from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page = 'NextGen Release 1.1 Menu Items page';

export const step: Step<'release-1-1-menu'> = {
  id: 'release-1-1-menu',
  hints: [],
  // The page names itself and does not link to itself; the Utilities page links to it.
  rule: {
    hosts: ['ecf'],
    all: [{ link: LINK_UTILITY }, { text: RELEASE_1_1 }],
    none: [{ link: RELEASE_1_1 }, PASSWORD_FIELD, CONFIRM_TEXT],
  },
  highlight: [LINK_UTILITY_TARGET],
  progress: 'starts',
};

/** A link: the ring's target alone. */
export const protects: readonly Protect[] = [];
