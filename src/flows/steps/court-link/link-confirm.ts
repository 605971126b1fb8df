import { CONFIRM_TEXT, PASSWORD_FIELD, SUBMIT_BUTTON } from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page =
  '“Do you want to link these accounts?” with the CM/ECF and the PACER account names';

export const step: Step<'link-confirm'> = {
  id: 'link-confirm',
  hints: [
    {
      id: 'names-must-match',
      kind: 'warning',
      source: '002',
    },
    {
      id: 'individual-account',
      kind: 'warning',
      source: '000, 001, 002, 004',
    },
    {
      // A PACER account named like a firm (LLP, "& Associates") is the shared firm account.
      id: 'shared-firm-account',
      kind: 'warning',
      when: 'firm-account-name',
      source: '000, 001, 002, 004',
    },
    {
      id: 'permanent',
      kind: 'warning',
      source: '002, court guides',
    },
  ],
  rule: {
    hosts: ['ecf'],
    any: [CONFIRM_TEXT, { text: /permanently linked to your upgraded pacer account/ }],
    none: [PASSWORD_FIELD],
  },
  highlight: [
    {
      id: 'submit',
      find: [SUBMIT_BUTTON, { button: 'submit' }],
    },
  ],
  reads: {
    names: {
      cmecf: /^cm\/?ecf( e-?filing)?( account| user)?( name)?:?$/,
      pacer: /^pacer( account| user)?( name)?:?$/,
    },
  },
  progress: 'starts',
  // Never ring Submit under names that don't match.
  withholdsWhenNamesDiffer: true,
  showsNamesCheck: true,
};

/** The names to compare, the warning that the link is permanent, and Submit. */
export const protects: readonly Protect[] = [
  { table: /pacer/ },
  // Names on labelled lines rather than in a table ("CM/ECF account: …").
  { block: /(cm\/ecf|pacer) account:/ },
  { text: /permanently linked/ },
  SUBMIT_BUTTON,
];
