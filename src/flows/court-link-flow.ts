// Flow `court-link`, on the court's own CM/ECF site (seeds 000, 001, 002, 004):
//
//   ecf.<court>.uscourts.gov/            ecf-home          "Document Filing System"
//   pacer.login.uscourts.gov/csologin/   pacer-login       individual upgraded PACER account
//   CM/ECF page with the menu bar        ecf-main          Utilities
//   DisplayMenu.pl?Utilities             utilities         linking utility, or Release 1.1 menu
//   "NextGen Release 1.1 Menu Items"     release-1-1-menu  linking utility
//   "This utility links your PACER …"    link-form         OLD CM/ECF login and password, Submit
//   "Do you want to link these …"        link-confirm      names must match, Submit
//   "You have successfully linked …"     link-done         F5: the filing menus appear
import {
  CONFIRM_TEXT,
  LINK_DONE,
  LINK_UTILITY,
  LINK_UTILITY_TARGET,
  MENUBAR,
  PACER_LOGIN_HINTS,
  PACER_LOGIN_RULE,
  PACER_LOGIN_TARGETS,
  PASSWORD_FIELD,
  RELEASE_1_1,
  UTILITIES_MENU,
} from './page-patterns';
import type { Flow } from './types';

export const COURT_LINK_FLOW: Flow = {
  id: 'court-link',
  title: 'Link on the court’s CM/ECF site',
  steps: [
    {
      id: 'ecf-home',
      page: 'The court’s CM/ECF site, https://ecf.<court>.uscourts.gov/',
      instruction: 'Click Document Filing System.',
      hints: [
        {
          id: 'which-court',
          kind: 'tip',
          text: 'Linking is done once in each court you file in: check that this is the court you mean.',
          source: '000, 001, 002, 004',
        },
      ],
      rule: {
        hosts: ['ecf'],
        any: [{ link: 'document filing system' }, { refreshTo: /showindex\.pl/i }],
        none: [MENUBAR],
      },
      highlight: [
        {
          id: 'document-filing-system',
          label: 'the Document Filing System link',
          find: [{ link: 'document filing system' }, { linkHref: /\/cgi-bin\/login\.pl$/i }],
        },
      ],
    },
    {
      id: 'pacer-login',
      page: 'PACER login (pacer.login.uscourts.gov): Username, Password, Client Code',
      instruction: 'Log in with your own individual, upgraded PACER username and password.',
      hints: [
        {
          id: 'no-shared-account',
          kind: 'warning',
          text: 'Do not log in with a shared firm PACER account: the court’s filing privileges would be tied to it for good.',
          source: '000, 001, 002, 004',
        },
        {
          id: 'cookies',
          kind: 'tip',
          text: 'Your browser must accept cookies to log in. If login fails, delete this site’s cookies, close and reopen the browser, and try again.',
          source: '000, 001, 004',
        },
        ...PACER_LOGIN_HINTS,
      ],
      rule: PACER_LOGIN_RULE,
      highlight: PACER_LOGIN_TARGETS,
    },
    {
      id: 'ecf-main',
      page: 'CM/ECF main page after login, with the blue menu bar (Query, Reports, Utilities, …)',
      instruction: 'Click Utilities.',
      hints: [
        {
          id: 'filing-menus-mean-linked',
          kind: 'linked-evidence',
          text: 'If the filing menus (Civil and Criminal in a district court, Bankruptcy and Adversary in a bankruptcy court) are already in the menu bar, this account is already linked here.',
          source: 'FLOWS.md',
        },
      ],
      // Any page with the menu bar that is not one of the utility pages: a
      // landing page, a query, a docket report.
      rule: {
        hosts: ['ecf'],
        all: [MENUBAR],
        unlessStep: ['utilities', 'release-1-1-menu', 'link-form', 'link-confirm', 'link-done'],
      },
      highlight: [
        { id: 'utilities-menu', label: 'Utilities in the blue menu bar', find: UTILITIES_MENU },
        // Shown only when YUI has opened the Utilities sub-menu.
        {
          id: 'submenu-link-utility',
          label: '“Link a CM/ECF account to my PACER account” in the Utilities menu',
          find: [{ link: LINK_UTILITY, within: 'menubar' }],
        },
        {
          id: 'submenu-release-1-1',
          label: 'NextGen Release 1.1 Menu Items in the Utilities menu',
          find: [{ link: RELEASE_1_1, within: 'menubar' }],
        },
      ],
    },
    {
      id: 'utilities',
      page: 'The Utilities menu page',
      instruction: 'Click Link a CM/ECF account to my PACER account.',
      hints: [
        {
          id: 'release-1-1-route',
          kind: 'tip',
          text: 'If that link is not on the Utilities page, it is on the NextGen Release 1.1 Menu Items page: click that link instead.',
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
          label: 'the NextGen Release 1.1 Menu Items link',
          find: [{ link: RELEASE_1_1 }],
          why: 'This court lists the linking utility on the NextGen Release 1.1 Menu Items page.',
        },
      ],
    },
    {
      id: 'release-1-1-menu',
      page: 'NextGen Release 1.1 Menu Items page',
      instruction: 'Click Link a CM/ECF account to my PACER account.',
      hints: [],
      // The page names itself and does not link to itself; the Utilities page links to it.
      rule: {
        hosts: ['ecf'],
        all: [{ link: LINK_UTILITY }, { text: RELEASE_1_1 }],
        none: [{ link: RELEASE_1_1 }, PASSWORD_FIELD, CONFIRM_TEXT],
      },
      highlight: [LINK_UTILITY_TARGET],
    },
    {
      id: 'link-form',
      page: '“This utility links your PACER account with your e-filer account in this court.” CM/ECF login and password',
      instruction:
        'Enter your old CM/ECF e-filing login and password (not your PACER ones), then click Submit.',
      hints: [
        {
          id: 'old-credentials',
          kind: 'warning',
          text: 'These are your current (old) CM/ECF e-filing credentials for this court, not your PACER username and password.',
          source: '000, 001, 002, 004',
        },
        {
          id: 'pacer-only-no-action',
          kind: 'tip',
          text: 'If you use CM/ECF in this court for PACER access only, no action is necessary.',
          source: '002',
        },
        {
          id: 'special-characters',
          kind: 'warning',
          text: 'A CM/ECF login containing special characters cannot be linked: contact the court’s CM/ECF help desk.',
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
          label: 'the CM/ECF login field',
          find: [
            { field: { type: 'text', label: /cm\/?ecf login/ } },
            { field: { type: 'text', key: /login/i } },
          ],
        },
        { id: 'submit', label: 'the Submit button', find: [{ button: { exact: 'submit' } }] },
      ],
    },
    {
      id: 'link-confirm',
      page: '“Do you want to link these accounts?” with the CM/ECF and the PACER account names',
      instruction: 'Check that both names are yours and match, then click Submit.',
      hints: [
        {
          id: 'names-must-match',
          kind: 'warning',
          text: 'The names must match before you submit. If they don’t, go back: do not submit.',
          source: '002',
        },
        {
          id: 'individual-account',
          kind: 'warning',
          text: 'Make sure you are linking to your own individual PACER account, not a shared firm account.',
          source: '000, 001, 002, 004',
        },
        {
          id: 'permanent',
          kind: 'warning',
          text: 'The link is permanent: once submitted it cannot be undone.',
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
          label: 'the Submit button',
          find: [{ button: { exact: 'submit' } }, { button: 'submit' }],
        },
      ],
      reads: {
        names: {
          cmecf: /^cm\/?ecf( e-?filing)?( account| user)?( name)?:?$/,
          pacer: /^pacer( account| user)?( name)?:?$/,
        },
      },
    },
    {
      id: 'link-done',
      page: '“You have successfully linked your account.”',
      instruction: 'Press F5 to refresh the page.',
      hints: [
        {
          id: 'menus-appear',
          kind: 'linked-evidence',
          text: 'After the refresh the Civil and Criminal menus (district court) or the Bankruptcy and Adversary menus (bankruptcy court) appear. From now on you use only your PACER account in this court.',
          source: '000, 001, 002, 004',
        },
        {
          id: 'menus-missing',
          kind: 'tip',
          text: 'If the filing menus don’t appear, refresh again, or log out and back in, or clear the browser’s cookies for this site.',
          source: 'court guides',
        },
      ],
      rule: {
        hosts: ['ecf'],
        any: [{ text: LINK_DONE }],
        none: [PASSWORD_FIELD, CONFIRM_TEXT, { link: 'document filing system' }],
      },
      // Nothing to click: the filer refreshes the page.
      highlight: [],
    },
  ],
};
