// Flow `court-link`, on the court's own CM/ECF site (seeds 000, 001, 002, 004):
//
//   ecf.<court>.uscourts.gov/            ecf-home          "Document Filing System"
//   pacer.login.uscourts.gov/csologin/   pacer-login       individual upgraded PACER account
//   main page after login (login.pl)     ecf-main          Utilities
//   DisplayMenu.pl?Utilities             utilities         linking utility, or Release 1.1 menu
//   "NextGen Release 1.1 Menu Items"     release-1-1-menu  linking utility
//   "This utility links your PACER …"    link-form         OLD CM/ECF login and password, Submit
//   "Do you want to link these …"        link-confirm      names must match, Submit
//   "You have successfully linked …"     link-done         F5: the filing menus appear
import {
  CONFIRM_TEXT,
  DOCKET_TABLE,
  ECF_LANDING_URL,
  ECF_LOGIN,
  FRONT_PAGE_URL,
  LINK_DONE,
  LINK_UTILITY,
  LINK_UTILITY_TARGET,
  MAIN_PAGE_TEXT,
  MENUBAR,
  PACER_LOGIN_HINTS,
  PACER_LOGIN_RULE,
  PACER_LOGIN_TARGETS,
  PASSWORD_FIELD,
  RELEASE_1_1,
  REPORT_URL,
  UTILITIES_MENU,
} from './page-patterns';
import type { Flow } from './types';

export const COURT_LINK_FLOW: Flow = {
  id: 'court-link',
  steps: [
    {
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
    },
    {
      id: 'pacer-login',
      hints: [
        {
          id: 'no-shared-account',
          kind: 'warning',
          source: '000, 001, 002, 004',
        },
        {
          id: 'cookies',
          kind: 'tip',
          source: '000, 001, 004',
        },
        ...PACER_LOGIN_HINTS,
      ],
      rule: PACER_LOGIN_RULE,
      highlight: PACER_LOGIN_TARGETS,
      progress: 'follows',
    },
    {
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
      // words. A docket, report or query has the menu bar too, and is no step.
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
      progress: 'follows',
      offersNotNeeded: true,
    },
    {
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
      progress: 'starts',
    },
    {
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
    },
    {
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
        { id: 'submit', find: [{ button: { exact: 'submit' } }] },
      ],
      progress: 'starts',
    },
    {
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
          find: [{ button: { exact: 'submit' } }, { button: 'submit' }],
        },
      ],
      reads: {
        names: {
          cmecf: /^cm\/?ecf( e-?filing)?( account| user)?( name)?:?$/,
          pacer: /^pacer( account| user)?( name)?:?$/,
        },
      },
      progress: 'starts',
    },
    {
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
    },
  ],
};
