import { ECF_LOGIN, FRONT_PAGE_URL, MENUBAR } from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page = 'The court’s CM/ECF site, https://ecf.<court>.uscourts.gov/';

export const step: Step<'ecf-home'> = {
  id: 'ecf-home',
  hints: [
    {
      id: 'which-court',
      kind: 'tip',
      source: '000, 001, 002, 004',
    },
  ],
  // Front pages word and build their way in many ways (a "Document Filing
  // System" link, "Login", an image, a CONTINUE button inside the link, an
  // onclick): where it leads is what they share.
  rule: {
    hosts: ['ecf'],
    all: [{ url: FRONT_PAGE_URL }],
    any: [
      { link: 'document filing system' },
      { goesTo: ECF_LOGIN },
      { refreshTo: /showindex\.pl/i },
    ],
    none: [MENUBAR],
  },
  highlight: [
    {
      id: 'document-filing-system',
      find: [{ link: 'document filing system' }, { goesTo: ECF_LOGIN }],
    },
  ],
  progress: 'follows',
  quietWhenLinked: true,
};

/** A link: the ring's target alone. */
export const protects: readonly Protect[] = [];
