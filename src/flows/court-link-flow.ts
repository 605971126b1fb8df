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
//
// Each step is a module of steps/court-link/; this is their order.
import { step as ecfHome } from './steps/court-link/ecf-home';
import { step as ecfMain } from './steps/court-link/ecf-main';
import { step as linkConfirm } from './steps/court-link/link-confirm';
import { step as linkDone } from './steps/court-link/link-done';
import { step as linkForm } from './steps/court-link/link-form';
import { step as pacerLogin } from './steps/court-link/pacer-login';
import { step as release11Menu } from './steps/court-link/release-1-1-menu';
import { step as utilities } from './steps/court-link/utilities';

export const COURT_LINK_STEPS = [
  ecfHome,
  pacerLogin,
  ecfMain,
  utilities,
  release11Menu,
  linkForm,
  linkConfirm,
  linkDone,
] as const;

export type CourtLinkStepId = (typeof COURT_LINK_STEPS)[number]['id'];
