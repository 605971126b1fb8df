import { CONFIRM_TEXT, LINK_UTILITY, PASSWORD_FIELD, SUBMIT_BUTTON } from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page =
  '“This utility links your PACER account with your e-filer account in this court.” CM/ECF login and password';

export const step: Step<'link-form'> = {
  id: 'link-form',
  hints: [
    {
      id: 'old-credentials',
      kind: 'warning',
      source: '000, 001, 002, 004',
    },
    {
      id: 'pacer-only-no-action',
      kind: 'tip',
      source: '002',
    },
    {
      id: 'special-characters',
      kind: 'warning',
      source: 'court guides',
    },
  ],
  rule: {
    hosts: ['ecf'],
    all: [PASSWORD_FIELD],
    any: [
      { text: 'links your pacer account with your e-filer account' },
      { text: 'if you use cm/ecf for pacer only' },
      { field: { type: 'text', label: /cm\/?ecf login/ } },
      { field: { type: 'password', label: /cm\/?ecf password/ } },
      { link: 'forgot login/password' },
      { text: LINK_UTILITY },
    ],
    min: 2,
    none: [CONFIRM_TEXT],
  },
  highlight: [
    {
      id: 'cmecf-login',
      find: [
        { field: { type: 'text', label: /cm\/?ecf login/ } },
        { field: { type: 'text', key: /login/i } },
      ],
    },
    { id: 'submit', find: [SUBMIT_BUTTON] },
  ],
  progress: 'starts',
};

/** Both fields the step fills in, and the button that ends it. */
export const protects: readonly Protect[] = [
  { field: /cm\/?ecf login/ },
  { field: /cm\/?ecf password/ },
  SUBMIT_BUTTON,
];
