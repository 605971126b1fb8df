import {
  CONFIRM_TEXT,
  DOCKET_TABLE,
  LINK_DONE,
  LINK_UTILITY,
  MENUBAR,
  PASSWORD_FIELD,
  REPORT_URL,
} from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page = '“You have successfully linked your account.”';

export const step: Step<'link-done'> = {
  id: 'link-done',
  hints: [
    {
      id: 'menus-appear',
      kind: 'linked-evidence',
      source: '000, 001, 002, 004',
    },
    {
      id: 'menus-missing',
      kind: 'tip',
      source: 'court guides',
    },
  ],
  // Proof of a link, so only the link utility's own answer counts: its
  // message shown in the main content of a page with the menu bar, beside
  // the utility's heading or its "Press F5". The same sentence quoted in a
  // docket entry, a hidden cell, the title or a script proves nothing.
  rule: {
    hosts: ['ecf'],
    all: [MENUBAR, { message: LINK_DONE }],
    any: [{ heading: LINK_UTILITY }, { message: /press f5/ }],
    none: [
      PASSWORD_FIELD,
      CONFIRM_TEXT,
      { link: 'document filing system' },
      { url: REPORT_URL },
      DOCKET_TABLE,
    ],
  },
  // Nothing to click: the filer refreshes the page.
  highlight: [],
  progress: 'starts',
  provesLinked: true,
  showsLinkedNote: true,
};

/** Nothing to ring, nothing to keep clear. */
export const protects: readonly Protect[] = [];
