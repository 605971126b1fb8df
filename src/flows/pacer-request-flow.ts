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
const NEXT = { id: 'next', label: 'the Next button', find: [NEXT_BUTTON] } as const;

export const PACER_REQUEST_FLOW: Flow = {
  id: 'pacer-request',
  title: 'Request the link from your PACER account',
  steps: [
    {
      id: 'pacer-home',
      page: 'pacer.uscourts.gov',
      instruction:
        'On the Manage Your Account tab in the middle of the page, select Manage My Account Login.',
      hints: [
        {
          id: 'account-info',
          kind: 'tip',
          text: 'Before you ask, make sure the personal and firm information in your PACER account is up to date.',
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
          label: 'the Manage My Account Login link',
          find: [{ link: MANAGE_MY_ACCOUNT_LOGIN }],
        },
        {
          id: 'manage-your-account-tab',
          label: 'the Manage Your Account tab',
          find: [{ tab: 'manage your account' }, { link: { exact: 'manage your account' } }],
          why: 'Manage My Account Login is on the Manage Your Account tab.',
        },
      ],
    },
    {
      id: 'manage-login-gate',
      page: 'The page before the Manage My Account login',
      instruction: 'Click Log in to Manage My Account (the blue square).',
      hints: [],
      rule: {
        hosts: ['pacer-home', 'pacer-psc'],
        all: [{ link: LOG_IN_TO_MANAGE }],
        none: [{ link: MANAGE_MY_ACCOUNT_LOGIN }],
      },
      highlight: [
        {
          id: 'log-in-to-manage',
          label: 'the Log in to Manage My Account button',
          find: [{ link: LOG_IN_TO_MANAGE }, { button: LOG_IN_TO_MANAGE }],
        },
      ],
    },
    {
      id: 'pacer-login',
      page: 'PACER login (pacer.login.uscourts.gov)',
      instruction: 'Log in with your PACER username and password.',
      hints: [
        {
          id: 'forgotten',
          kind: 'tip',
          text: 'Forgotten your username or password? Follow the prompts on the login page.',
          source: '003',
        },
        ...PACER_LOGIN_HINTS,
      ],
      rule: PACER_LOGIN_RULE,
      highlight: PACER_LOGIN_TARGETS,
    },
    {
      id: 'manage-account',
      page: 'Manage My Account',
      instruction: 'Click the Maintenance tab.',
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
          label: 'the Maintenance tab',
          find: [{ tab: 'maintenance' }, { link: { exact: 'maintenance' } }],
        },
      ],
    },
    {
      id: 'maintenance',
      page: 'Manage My Account, Maintenance tab',
      instruction:
        'Click Attorney Admissions / E-File Registration or Non-Attorney Admissions / E-File Registration, whichever applies to you.',
      hints: [
        {
          id: 'history',
          kind: 'tip',
          text: 'E-File Registration/Maintenance History on this tab shows the status of requests you have already made.',
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
          label: 'Attorney Admissions / E-File Registration',
          find: [{ link: /^attorney admissions\/?e-file registration/ }],
        },
        {
          id: 'non-attorney-registration',
          label: 'Non-Attorney Admissions / E-File Registration',
          find: [{ link: /non-attorney admissions\/?e-file registration/ }],
        },
        {
          id: 'registration-history',
          label: 'E-File Registration/Maintenance History',
          find: [{ link: HISTORY }],
        },
      ],
    },
    {
      id: 'court-select',
      page: 'Court Type and Court drop-downs',
      instruction: 'Select the court type and the court you wish to file in, then click Next.',
      hints: [
        {
          id: 'court-missing-means-linked',
          kind: 'linked-evidence',
          text: 'If the court is not in the list, your PACER account is already linked to a CM/ECF account in that court.',
          source: '003',
        },
      ],
      rule: {
        hosts: ['pacer-psc'],
        all: [COURT_TYPE_SELECT],
        any: [{ field: COURT_SELECT }, NEXT_BUTTON],
      },
      highlight: [
        { id: 'court', label: 'the Court drop-down', find: [{ field: COURT_SELECT }] },
        {
          id: 'court-type',
          label: 'the Court Type drop-down',
          find: [{ field: { type: 'select', label: 'court type' } }],
        },
        NEXT,
      ],
      reads: { courtOptions: COURT_SELECT },
    },
    {
      id: 'registration-type',
      page: 'Registration type',
      instruction: 'Select E-File Registration Only, or Pro Hac Vice if that applies, then Next.',
      hints: [],
      rule: {
        hosts: ['pacer-psc'],
        all: [{ text: 'e-file registration only' }, { text: 'pro hac vice' }],
        none: [COURT_TYPE_SELECT, DELIVERY_METHOD, TERMS_AND_CONDITIONS],
      },
      highlight: [
        {
          id: 'e-file-registration-only',
          label: 'E-File Registration Only',
          find: [
            { field: { type: 'radio', label: 'e-file registration only' } },
            { link: 'e-file registration only' },
            { button: 'e-file registration only' },
          ],
        },
        NEXT,
      ],
    },
    {
      id: 'registration-details',
      page: 'Acknowledgement, contact and bar information, NEF delivery',
      instruction:
        'Tick the acknowledgement, confirm your contact and bar information and how Notices of Electronic Filing are delivered (method, frequency, format), then Next.',
      hints: [],
      rule: {
        hosts: ['pacer-psc'],
        all: [DELIVERY_METHOD],
        none: [COURT_TYPE_SELECT, LOCAL_REQUIREMENTS],
      },
      highlight: [
        {
          id: 'acknowledge',
          label: 'the acknowledgement box',
          find: [
            { field: { type: 'checkbox', label: /acknowledg/ } },
            { field: { type: 'checkbox' } },
          ],
        },
        NEXT,
      ],
    },
    {
      id: 'payment',
      page: 'Payment information',
      instruction: 'Confirm or add payment information, then Next.',
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
    },
    {
      id: 'terms',
      page: 'Terms and conditions, local requirements',
      instruction:
        'Tick that you have read the terms and conditions and the court’s local requirements, then Submit.',
      hints: [
        {
          id: 'court-processes',
          kind: 'tip',
          text: 'After you submit, the court reviews the request; it is not linked until the court processes it.',
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
          label: 'the terms and conditions box',
          find: [
            { field: { type: 'checkbox', label: 'terms and conditions' } },
            { field: { type: 'checkbox' } },
          ],
        },
        { id: 'submit', label: 'the Submit button', find: [{ button: { exact: 'submit' } }] },
      ],
    },
    {
      id: 'request-submitted',
      page: 'After submitting',
      instruction: 'Wait for the court to process your request.',
      hints: [
        {
          id: 'confirmation-email',
          kind: 'tip',
          text: 'You will receive a confirmation email from CM/ECF once the court has processed the request. If you had no CM/ECF account in this court, one is created.',
          source: '003',
        },
        {
          id: 'check-status',
          kind: 'tip',
          text: 'Check the request’s status at any time: Manage My Account, Maintenance tab, E-File Registration/Maintenance History.',
          source: '003',
        },
      ],
      rule: {
        hosts: ['pacer-psc'],
        all: [{ text: REQUEST_SUBMITTED }],
        none: [COURT_TYPE_SELECT, { heading: HISTORY }],
      },
      highlight: [],
    },
    {
      id: 'registration-history',
      page: 'E-File Registration/Maintenance History',
      instruction: 'Check the status of your request.',
      hints: [
        {
          id: 'processed-means-linked',
          kind: 'linked-evidence',
          text: 'A processed request means the court has linked your account: its filing menus appear in its CM/ECF site.',
          source: '003',
        },
      ],
      rule: {
        hosts: ['pacer-psc'],
        any: [{ heading: HISTORY }, { title: HISTORY }],
      },
      highlight: [],
      reads: {
        registrations: { processed: /\b(processed|approved|complete|completed|granted)\b/ },
      },
    },
  ],
};
