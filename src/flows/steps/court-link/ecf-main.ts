import {
  DOCKET_TABLE,
  ECF_LANDING_URL,
  LINK_UTILITY,
  MAIN_PAGE_TEXT,
  MENUBAR,
  RELEASE_1_1,
  REPORT_URL,
  UTILITIES_MENU,
} from '../../page-patterns';
import type { Protect, Step } from '../../types';

export const page =
  'CM/ECF main page after login, with the blue menu bar (Query, Reports, Utilities, …)';

export const step: Step<'ecf-main'> = {
  id: 'ecf-main',
  hints: [
    {
      id: 'filing-menus-mean-linked',
      kind: 'linked-evidence',
      source: 'FLOWS.md',
    },
  ],
  // The main page the filer lands on after logging in: the menu bar, at
  // the login's or the front page's address or under the main page's own
  // words. A docket, report or query has the menu bar too, and is no step;
  // nor is any later page of the flow, which has the menu bar as well.
  rule: {
    hosts: ['ecf'],
    all: [MENUBAR],
    any: [{ url: ECF_LANDING_URL }, { text: MAIN_PAGE_TEXT }],
    none: [{ url: REPORT_URL }, DOCKET_TABLE],
    unlessStep: ['utilities', 'release-1-1-menu', 'link-form', 'link-confirm', 'link-done'],
  },
  highlight: [
    { id: 'utilities-menu', find: UTILITIES_MENU },
    // Shown only when YUI has opened the Utilities sub-menu.
    {
      id: 'submenu-link-utility',
      find: [{ link: LINK_UTILITY, within: 'menubar' }],
    },
    {
      id: 'submenu-release-1-1',
      find: [{ link: RELEASE_1_1, within: 'menubar' }],
    },
  ],
  // An opened Utilities sub-menu holds the next click itself.
  ringsFirst: ['submenu-link-utility', 'submenu-release-1-1', 'utilities-menu'],
  progress: 'follows',
  offersNotNeeded: true,
  quietWhenLinked: true,
};

/** A menu: the ring's target alone. */
export const protects: readonly Protect[] = [];
