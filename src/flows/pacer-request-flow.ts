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
//
// Each step is a module of steps/pacer-request/; this is their order.
import { step as courtSelect } from './steps/pacer-request/court-select';
import { step as maintenance } from './steps/pacer-request/maintenance';
import { step as manageAccount } from './steps/pacer-request/manage-account';
import { step as manageLoginGate } from './steps/pacer-request/manage-login-gate';
import { step as pacerHome } from './steps/pacer-request/pacer-home';
import { step as pacerLogin } from './steps/pacer-request/pacer-login';
import { step as payment } from './steps/pacer-request/payment';
import { step as registrationDetails } from './steps/pacer-request/registration-details';
import { step as registrationHistory } from './steps/pacer-request/registration-history';
import { step as registrationType } from './steps/pacer-request/registration-type';
import { step as requestSubmitted } from './steps/pacer-request/request-submitted';
import { step as terms } from './steps/pacer-request/terms';

export const PACER_REQUEST_STEPS = [
  pacerHome,
  manageLoginGate,
  pacerLogin,
  manageAccount,
  maintenance,
  courtSelect,
  registrationType,
  registrationDetails,
  payment,
  terms,
  requestSubmitted,
  registrationHistory,
] as const;

export type PacerRequestStepId = (typeof PACER_REQUEST_STEPS)[number]['id'];
