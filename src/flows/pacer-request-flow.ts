// Flow `pacer-request`, from the PACER account (seed 003):
//
//   pacer.uscourts.gov                 pacer-home            Manage My Account Login
//   the page before login              manage-login-gate     Log in to Manage My Account
//   pacer.login.uscourts.gov           pacer-login
//   pacer.psc.uscourts.gov/pscof/…     manage-account        Maintenance tab
//     (tabs switch client-side)        maintenance           (Non-)Attorney Admissions / E-File Registration
//   registration wizard, one URL:      court-select          Court Type, Court, Next
//                                      registration-type     E-File Registration Only / Pro Hac Vice
//                                      registration-details  acknowledgement, NEF delivery
//                                      payment               Next
//                                      terms                 terms, local requirements, Submit
//                                      request-submitted     wait for the court
//   Maintenance tab                    registration-history  status of each request
import {
  COURT_SELECT,
  COURT_TYPE_SELECT,
  DELIVERY_METHOD,
  EFILE_REGISTRATION_LINK,
  LOCAL_REQUIREMENTS,
  PACER_LOGIN_HINTS,
  PACER_LOGIN_RULE,
  PACER_LOGIN_TARGETS,
  TERMS_AND_CONDITIONS,
} from './page-patterns';
import type { Flow, StepId } from './types';

const MANAGE_MY_ACCOUNT_LOGIN = /manage my account log ?in/;
const LOG_IN_TO_MANAGE = /log ?in to manage my account/;
const HISTORY = /e-file registration\/maintenance history/;
const REQUEST_SUBMITTED = /(request|registration)( has been| was| is)? (successfully )?submitted/;

/** The registration wizard and its neighbours, told apart by content alone. */
const REQUEST_PAGES: readonly StepId[] = [
  'court-select',
  'registration-type',
  'registration-details',
  'payment',
  'terms',
  'request-submitted',
  'registration-history',
];

const NEXT_BUTTON = { button: /^next\b/ } as const;
const NEXT = { id: 'next', find: [NEXT_BUTTON] } as const;

export const PACER_REQUEST_FLOW: Flow = {
  id: 'pacer-request',
  steps: [
    {
      id: 'pacer-home',
      hints: [
        {
          id: 'account-info',
          kind: 'tip',
          source: '003',
        },
      ],
      // Page text, not links: the home page may open on another tab, with the
      // Manage Your Account panel (and its link) hidden.
      rule: {
        hosts: ['pacer-home'],
        all: [{ text: MANAGE_MY_ACCOUNT_LOGIN }],
        any: [
          { link: MANAGE_MY_ACCOUNT_LOGIN },
          { tab: 'manage your account' },
          { link: 'manage your account' },
        ],
      },
      highlight: [
        {
          id: 'manage-my-account-login',
          find: [{ link: MANAGE_MY_ACCOUNT_LOGIN }],
        },
        {
          id: 'manage-your-account-tab',
          find: [{ tab: 'manage your account' }, { link: { exact: 'manage your account' } }],
          explained: true,
        },
      ],
      progress: 'follows',
    },
    {
      id: 'manage-login-gate',
      hints: [],
      rule: {
        hosts: ['pacer-home', 'pacer-psc'],
        all: [{ link: LOG_IN_TO_MANAGE }],
        none: [{ link: MANAGE_MY_ACCOUNT_LOGIN }],
      },
      highlight: [
        {
          id: 'log-in-to-manage',
          find: [{ link: LOG_IN_TO_MANAGE }, { button: LOG_IN_TO_MANAGE }],
        },
      ],
      progress: 'follows',
    },
    {
      id: 'pacer-login',
      hints: [
        {
          id: 'forgotten',
          kind: 'tip',
          source: '003',
        },
        ...PACER_LOGIN_HINTS,
      ],
      rule: PACER_LOGIN_RULE,
      highlight: PACER_LOGIN_TARGETS,
      progress: 'follows',
    },
    {
      id: 'manage-account',
      hints: [],
      rule: {
        hosts: ['pacer-psc'],
        any: [
          { tab: 'maintenance' },
          { title: 'manage my account' },
          { heading: 'manage my account' },
        ],
        none: [{ link: EFILE_REGISTRATION_LINK }, { selectedTab: 'maintenance' }],
        unlessStep: REQUEST_PAGES,
      },
      highlight: [
        {
          id: 'maintenance-tab',
          find: [{ tab: 'maintenance' }, { link: { exact: 'maintenance' } }],
        },
      ],
      progress: 'follows',
    },
    {
      id: 'maintenance',
      hints: [
        {
          id: 'history',
          kind: 'tip',
          source: '003',
        },
      ],
      rule: {
        hosts: ['pacer-psc'],
        all: [{ link: EFILE_REGISTRATION_LINK }],
        any: [{ selectedTab: 'maintenance' }, { link: HISTORY }],
        unlessStep: REQUEST_PAGES,
      },
      highlight: [
        {
          id: 'attorney-registration',
          find: [{ link: /^attorney admissions\/?e-file registration/ }],
        },
        {
          id: 'non-attorney-registration',
          find: [{ link: /non-attorney admissions\/?e-file registration/ }],
        },
        {
          id: 'registration-history',
          find: [{ link: HISTORY }],
        },
      ],
      progress: 'starts',
    },
    {
      id: 'court-select',
      hints: [
        {
          id: 'court-missing-means-linked',
          kind: 'linked-evidence',
          source: '003',
        },
      ],
      rule: {
        hosts: ['pacer-psc'],
        all: [COURT_TYPE_SELECT],
        any: [{ field: COURT_SELECT }, NEXT_BUTTON],
      },
      highlight: [
        { id: 'court', find: [{ field: COURT_SELECT }] },
        {
          id: 'court-type',
          find: [{ field: { type: 'select', label: 'court type' } }],
        },
        NEXT,
      ],
      reads: { courtOptions: COURT_SELECT },
      progress: 'starts',
    },
    {
      id: 'registration-type',
      hints: [],
      rule: {
        hosts: ['pacer-psc'],
        all: [{ text: 'e-file registration only' }, { text: 'pro hac vice' }],
        none: [COURT_TYPE_SELECT, DELIVERY_METHOD, TERMS_AND_CONDITIONS],
      },
      highlight: [
        {
          id: 'e-file-registration-only',
          find: [
            { field: { type: 'radio', label: 'e-file registration only' } },
            { link: 'e-file registration only' },
            { button: 'e-file registration only' },
          ],
        },
        NEXT,
      ],
      progress: 'starts',
    },
    {
      id: 'registration-details',
      hints: [],
      rule: {
        hosts: ['pacer-psc'],
        all: [DELIVERY_METHOD],
        none: [COURT_TYPE_SELECT, LOCAL_REQUIREMENTS],
      },
      highlight: [
        {
          id: 'acknowledge',
          find: [
            { field: { type: 'checkbox', label: /acknowledg/ } },
            { field: { type: 'checkbox' } },
          ],
        },
        NEXT,
      ],
      progress: 'starts',
    },
    {
      id: 'payment',
      hints: [],
      // The wizard's Next button tells it from the account page's Payments tab.
      rule: {
        hosts: ['pacer-psc'],
        all: [NEXT_BUTTON],
        any: [{ heading: 'payment' }, { text: 'payment information' }],
        none: [
          COURT_TYPE_SELECT,
          DELIVERY_METHOD,
          TERMS_AND_CONDITIONS,
          { text: REQUEST_SUBMITTED },
        ],
      },
      highlight: [NEXT],
      progress: 'starts',
    },
    {
      id: 'terms',
      hints: [
        {
          id: 'court-processes',
          kind: 'tip',
          source: '003',
        },
      ],
      rule: {
        hosts: ['pacer-psc'],
        all: [TERMS_AND_CONDITIONS, LOCAL_REQUIREMENTS],
        none: [COURT_TYPE_SELECT, DELIVERY_METHOD, { text: REQUEST_SUBMITTED }],
      },
      highlight: [
        {
          id: 'terms-checkbox',
          find: [
            { field: { type: 'checkbox', label: 'terms and conditions' } },
            { field: { type: 'checkbox' } },
          ],
        },
        { id: 'submit', find: [{ button: { exact: 'submit' } }] },
      ],
      progress: 'starts',
    },
    {
      id: 'request-submitted',
      hints: [
        {
          id: 'confirmation-email',
          kind: 'tip',
          source: '003',
        },
        {
          id: 'check-status',
          kind: 'tip',
          source: '003',
        },
      ],
      rule: {
        hosts: ['pacer-psc'],
        all: [{ text: REQUEST_SUBMITTED }],
        none: [COURT_TYPE_SELECT, { heading: HISTORY }],
      },
      highlight: [],
      progress: 'starts',
    },
    {
      id: 'registration-history',
      hints: [
        {
          id: 'processed-means-linked',
          kind: 'linked-evidence',
          source: '003',
        },
      ],
      rule: {
        hosts: ['pacer-psc'],
        any: [{ heading: HISTORY }, { title: HISTORY }],
      },
      highlight: [],
      reads: {
        registrations: {
          processed: /\b(processed|approved|completed?|granted)\b/,
          pending: /\b(pending|submitted|received|in progress|awaiting|under review)\b/,
          rejected: /\b(rejected|denied|declined|returned|cancell?ed|withdrawn)\b/,
        },
      },
      progress: 'starts',
    },
  ],
};
