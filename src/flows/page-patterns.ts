// Wording shared by several steps' rules and targets. Patterns are matched
// against normalised text: lower case, single spaces, no spaces around "/".
import type { FieldPattern, Hint, Locator, Protect, Signal, StepRule, Target } from './types';

/** "Link a CM/ECF account to my PACER account", in the capitalisations and wordings courts use. */
export const LINK_UTILITY =
  /link (a |your )?cm\/?ecf (e-?filing )?account to (my |your )?(upgraded )?pacer account/;
export const RELEASE_1_1 = /nextgen release 1\.1 menu items/;
const CONFIRM_QUESTION = 'do you want to link these accounts';
export const LINK_DONE = /(you have )?successfully linked your (cm\/ecf )?account/;

export const MENUBAR: Signal = { menubar: true };
export const PASSWORD_FIELD: Signal = { field: { type: 'password' } };
export const CONFIRM_TEXT: Signal = { text: CONFIRM_QUESTION };

/** The Utilities entry of the CM/ECF menu bar, raw or rendered by YUI. */
export const UTILITIES_MENU: readonly Locator[] = [
  { link: { exact: 'utilities' }, within: 'menubar' },
  { linkHref: /displaymenu\.pl\?utilities/i, within: 'menubar' },
];

export const LINK_UTILITY_TARGET: Target = {
  id: 'link-utility',
  find: [{ link: LINK_UTILITY }, { linkHref: /link.*account|acctlink|linkaccount/i }],
};

/** The central PACER login, shared by both flows. */
export const PACER_LOGIN_RULE: StepRule = {
  hosts: ['pacer-login'],
  all: [PASSWORD_FIELD],
  any: [
    { url: /\/csologin\//i },
    { field: { type: 'text', label: 'username' } },
    { field: { type: 'text', key: /loginname|username/i } },
    { button: { exact: 'login' } },
    { link: 'forgot user name' },
    { text: 'your browser must be set to accept cookies' },
  ],
  min: 2,
};

/** What the PACER login page warns about in both flows. */
const PACER_LOGIN_HINTS: readonly Hint[] = [
  {
    id: 'cookies-blocked',
    kind: 'warning',
    when: 'cookies-blocked',
    source: '000, 001, 004',
  },
  {
    id: 'upgrade-first',
    kind: 'warning',
    source: '000, 001, 002, 004',
  },
  {
    id: 'legacy-username',
    kind: 'warning',
    when: 'short-username',
    source: 'court guides',
  },
];

/**
 * A flow's hints on the PACER login: its own, then those of both flows. Call
 * it as `/* @__PURE__ *\/ pacerLoginHints(…)`: the overlay imports the step
 * modules for what they protect, and only a call marked pure is left out of it.
 */
export const pacerLoginHints = (own: readonly Hint[]): readonly Hint[] => [
  ...own,
  ...PACER_LOGIN_HINTS,
];

export const PACER_LOGIN_TARGETS: readonly Target[] = [
  {
    id: 'username',
    find: [
      { field: { type: 'text', key: /loginname|username/i } },
      { field: { type: 'text', label: 'username' } },
    ],
  },
  {
    id: 'login-button',
    find: [{ button: { exact: 'login' } }, { button: 'log in' }],
  },
];

/** What the PACER login asks the filer to use: the bubble covers none of it. */
export const PACER_LOGIN_PROTECTS: readonly Protect[] = [
  { field: 'username' },
  { field: 'password' },
  { button: /^log ?in$/ },
];

/** The button that ends a CM/ECF form, as a protect and a locator. */
export const SUBMIT_BUTTON = { button: { exact: 'submit' } } as const;

/** PACER's home page and the login gate: the way to Manage My Account. */
export const MANAGE_MY_ACCOUNT_LOGIN = /manage my account log ?in/;
/** The Maintenance tab's link to the history of requests, and the history's own heading. */
export const HISTORY = /e-file registration\/maintenance history/;
export const REQUEST_SUBMITTED =
  /(request|registration)( has been| was| is)? (successfully )?submitted/;

/** The registration wizard's Next button, as a signal, a protect and a target. */
export const NEXT_BUTTON = { button: /^next\b/ } as const;
export const NEXT = { id: 'next', find: [NEXT_BUTTON] } as const;

/** A visible link to an Attorney or Non-Attorney Admissions / E-File Registration request. */
export const EFILE_REGISTRATION_LINK = /admissions\/?e-file registration/;

/** The wizard pages of a PACER registration request, which share one URL. */
export const COURT_SELECT: FieldPattern = { type: 'select', key: /court(?!_?type)/i };
/** How PACER's later wizard pages name the court: "Court: Colorado Bankruptcy Court - NextGen". */
export const COURT_LINE = /^court( name)?:?$/;
export const COURT_TYPE_SELECT: Signal = { field: { type: 'select', label: 'court type' } };
export const DELIVERY_METHOD: Signal = { text: /delivery method/ };
export const TERMS_AND_CONDITIONS: Signal = { text: 'terms and conditions' };
export const LOCAL_REQUIREMENTS: Signal = { text: 'local requirements' };

/** Filing menus in the CM/ECF menu bar: the account is linked in this court. */
export const FILING_MENU = {
  text: /^(civil|criminal|bankruptcy|adversary)$/,
  href: /displaymenu\.pl\?(civil|criminal|bankruptcy|adversary)events/i,
};
/** Menu bar entries every PACER user has, linked or not. */
export const PACER_MENU = {
  text: /^(query|reports|utilities)$/,
  href: /(iquery\.pl|displaymenu\.pl\?(reports|utilities))/i,
};

/** CM/ECF's login script, the way in from a court's front page (path and query). */
export const ECF_LOGIN = /^\/cgi-bin\/login\.pl(\?(?!logout)[^#]*)?$/i;

/** A court's CM/ECF front page: the root, an index page, or ShowIndex.pl. */
export const FRONT_PAGE_URL = /^\/(cgi-bin\/showindex\.pl|index\.html?)?(\?.*)?$/i;

/**
 * Where CM/ECF lands after the PACER login: the front page's addresses, and
 * login.pl, whose answer is the main page. The page the guide's "click
 * Utilities" belongs on.
 */
export const ECF_LANDING_URL =
  /^\/(cgi-bin\/(login|showindex)\.pl|index\.html?)?(\?(?!logout)[^#]*)?$/i;

/** What CM/ECF's main page says under the menu bar. */
export const MAIN_PAGE_TEXT = 'official court electronic document filing system';

/**
 * Reports, queries and documents: the filer's daily work, never a step.
 * Matched against path and query.
 */
export const REPORT_URL =
  /^\/(cgi-bin\/(dktrpt|histdocqry|iquery|qry\w*|showdoc\w*|searchclaims|claims\w*|writtenopinions|show_case_doc)\.pl|doc1\/)/i;

/** A docket's entries, the text of which can quote anything. */
export const DOCKET_TABLE: Signal = { heading: /^docket text$/ };
