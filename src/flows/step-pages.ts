// Each step's page as the court instructions describe it, for people
// reading the flows (FLOWS.md says the same). Kept apart from the step
// definitions, which the content script carries to every court page, where
// these descriptions would be 0.4 KB of dead weight. A test keeps both in step.
import type { FlowId } from './types';

export const STEP_PAGES: Readonly<Record<FlowId, Readonly<Record<string, string>>>> = {
  'court-link': {
    'ecf-home': 'The court’s CM/ECF site, https://ecf.<court>.uscourts.gov/',
    'pacer-login': 'PACER login (pacer.login.uscourts.gov): Username, Password, Client Code',
    'ecf-main':
      'CM/ECF main page after login, with the blue menu bar (Query, Reports, Utilities, …)',
    utilities: 'The Utilities menu page',
    'release-1-1-menu': 'NextGen Release 1.1 Menu Items page',
    'link-form':
      '“This utility links your PACER account with your e-filer account in this court.” CM/ECF login and password',
    'link-confirm':
      '“Do you want to link these accounts?” with the CM/ECF and the PACER account names',
    'link-done': '“You have successfully linked your account.”',
  },
  'pacer-request': {
    'pacer-home': 'pacer.uscourts.gov',
    'manage-login-gate': 'The page before the Manage My Account login',
    'pacer-login': 'PACER login (pacer.login.uscourts.gov)',
    'manage-account': 'Manage My Account',
    maintenance: 'Manage My Account, Maintenance tab',
    'court-select': 'Court Type and Court drop-downs',
    'registration-type': 'Registration type',
    'registration-details': 'Acknowledgement, contact and bar information, NEF delivery',
    payment: 'Payment information',
    terms: 'Terms and conditions, local requirements',
    'request-submitted': 'After submitting',
    'registration-history': 'E-File Registration/Maintenance History',
  },
};
