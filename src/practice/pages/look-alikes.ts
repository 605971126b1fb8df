// Every practice page's look-alike, gathered from the page files: the type
// makes each page of practice-pages.ts (one per step of both flows) have one.
import { ECF_LINK_LOOK_ALIKES } from './ecf-link-pages';
import { ECF_MENU_LOOK_ALIKES } from './ecf-menu-pages';
import { PACER_ACCOUNT_LOOK_ALIKES } from './pacer-account-pages';
import { COURT_SELECT_LOOK_ALIKES } from './pacer-court-select-page';
import { PACER_LOGIN_LOOK_ALIKES } from './pacer-login-page';
import { PACER_SITE_LOOK_ALIKES } from './pacer-site-pages';
import { PACER_WIZARD_LOOK_ALIKES } from './pacer-wizard-pages';
import type { PracticePageId } from '../practice-pages';
import type { LookAlike } from './page-props';

export const LOOK_ALIKES: { readonly [page in PracticePageId]: LookAlike } = {
  ...ECF_MENU_LOOK_ALIKES,
  ...ECF_LINK_LOOK_ALIKES,
  ...PACER_LOGIN_LOOK_ALIKES,
  ...PACER_SITE_LOOK_ALIKES,
  ...PACER_ACCOUNT_LOOK_ALIKES,
  ...COURT_SELECT_LOOK_ALIKES,
  ...PACER_WIZARD_LOOK_ALIKES,
};
