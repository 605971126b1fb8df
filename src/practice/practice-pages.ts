// The practice court's pages: one look-alike per page of both flows, each with
// the address of the court page it imitates (recognition reads it as a signal)
// and the order the real sites lead through them.
//
//   court-link:    ecf-home → court-login → ecf-main → utilities → (release-1-1-menu)
//                  → link-form → link-confirm → link-done → (F5) ecf-main-linked
//   pacer-request: pacer-home → manage-login-gate → pacer-login → manage-account
//                  → maintenance → court-select → registration-type → registration-details
//                  → payment → terms → request-submitted → registration-history
import type { Court, FlowId, StepId } from '../flows/types';
import { t } from '../platform/i18n';
import type { VariantId } from './variants';

export const PAGE_IDS = [
  'ecf-home',
  'court-login',
  'ecf-main',
  'utilities',
  'release-1-1-menu',
  'link-form',
  'link-confirm',
  'link-done',
  'ecf-main-linked',
  'pacer-home',
  'manage-login-gate',
  'pacer-login',
  'manage-account',
  'maintenance',
  'court-select',
  'registration-type',
  'registration-details',
  'payment',
  'terms',
  'request-submitted',
  'registration-history',
] as const;

export type PracticePageId = (typeof PAGE_IDS)[number];

/** Which PACER registration entry the filer took: it names the wizard's page. */
export type Registration = 'attorney' | 'non-attorney';

export interface PracticePage {
  readonly id: PracticePageId;
  readonly flow: FlowId;
  /** The step recognition must find on it (the main page after linking is `ecf-main` with filing menus). */
  readonly step: StepId;
  /** How the presenter's step list names it, in the filer's language. */
  readonly label: string;
}

const LOGIN = 'https://pacer.login.uscourts.gov/csologin/login.jsf';
const PSC = 'https://pacer.psc.uscourts.gov/pscof';
const MAINTENANCE = `${PSC}/manage/maintenance.jsf`;

/** The presenter's name for a page: its id's message, e.g. practice_page_link_form. */
export const pageMessageKey = (id: PracticePageId): string =>
  `practice_page_${id.replace(/-/g, '_')}`;

const page = (id: PracticePageId, flow: FlowId, step: StepId): PracticePage => ({
  id,
  flow,
  step,
  // A getter: the language is the browser's when the list is shown, not when this loads.
  get label() {
    return t(pageMessageKey(id));
  },
});

export const PAGES: readonly PracticePage[] = [
  page('ecf-home', 'court-link', 'ecf-home'),
  page('court-login', 'court-link', 'pacer-login'),
  page('ecf-main', 'court-link', 'ecf-main'),
  page('utilities', 'court-link', 'utilities'),
  page('release-1-1-menu', 'court-link', 'release-1-1-menu'),
  page('link-form', 'court-link', 'link-form'),
  page('link-confirm', 'court-link', 'link-confirm'),
  page('link-done', 'court-link', 'link-done'),
  page('ecf-main-linked', 'court-link', 'ecf-main'),
  page('pacer-home', 'pacer-request', 'pacer-home'),
  page('manage-login-gate', 'pacer-request', 'manage-login-gate'),
  page('pacer-login', 'pacer-request', 'pacer-login'),
  page('manage-account', 'pacer-request', 'manage-account'),
  page('maintenance', 'pacer-request', 'maintenance'),
  page('court-select', 'pacer-request', 'court-select'),
  page('registration-type', 'pacer-request', 'registration-type'),
  page('registration-details', 'pacer-request', 'registration-details'),
  page('payment', 'pacer-request', 'payment'),
  page('terms', 'pacer-request', 'terms'),
  page('request-submitted', 'pacer-request', 'request-submitted'),
  page('registration-history', 'pacer-request', 'registration-history'),
];

const BY_ID = new Map(PAGES.map((entry) => [entry.id, entry]));

export function isPageId(value: unknown): value is PracticePageId {
  return typeof value === 'string' && BY_ID.has(value as PracticePageId);
}

export function pageById(id: PracticePageId): PracticePage {
  // Every id of PAGE_IDS has its entry in PAGES; a test holds the two together.
  return BY_ID.get(id) as PracticePage;
}

export function pagesOfFlow(flow: FlowId): readonly PracticePage[] {
  return PAGES.filter((entry) => entry.flow === flow);
}

export function firstPageOf(flow: FlowId): PracticePageId {
  return flow === 'court-link' ? 'ecf-home' : 'pacer-home';
}

const ecf = (court: Court, path: string): string => `https://ecf.${court.id}.uscourts.gov${path}`;

/** The address of the court page a practice page imitates: what recognition is told. */
export function virtualUrl(id: PracticePageId, court: Court, registration: Registration): string {
  const wizard = `${PSC}/regmgmt/${registration === 'attorney' ? 'atty' : 'nonAtty'}Registration.jsf`;
  switch (id) {
    case 'ecf-home':
      return ecf(court, '/cgi-bin/ShowIndex.pl');
    case 'court-login':
      return `${LOGIN}?pscCourtId=${court.pacerCode}&appurl=${encodeURIComponent(ecf(court, '/cgi-bin/login.pl'))}`;
    case 'ecf-main':
    case 'ecf-main-linked':
      return ecf(court, '/cgi-bin/login.pl');
    case 'utilities':
      return ecf(court, '/cgi-bin/DisplayMenu.pl?Utilities');
    case 'release-1-1-menu':
      return ecf(court, '/cgi-bin/DisplayMenu.pl?NextGenRelease1.1');
    case 'link-form':
      return ecf(court, '/cgi-bin/LinkAccount.pl');
    case 'link-confirm':
      return ecf(court, '/cgi-bin/LinkAccount.pl?981245318722-L_1_0-1');
    case 'link-done':
      return ecf(court, '/cgi-bin/LinkAccount.pl?981245318722-L_2_0-1');
    case 'pacer-home':
      return 'https://pacer.uscourts.gov/';
    case 'manage-login-gate':
      return 'https://pacer.uscourts.gov/my-account-billing/manage-my-account';
    case 'pacer-login':
      return `${LOGIN}?appurl=${encodeURIComponent(MAINTENANCE)}`;
    case 'manage-account':
    case 'maintenance':
      // PACER's account tabs switch in the page: one address for all of them.
      return MAINTENANCE;
    case 'registration-history':
      return `${PSC}/regmgmt/regHistory.jsf`;
    default:
      // The registration wizard's pages share one address.
      return wizard;
  }
}

/** The way through a flow: the Release 1.1 page only when the link is missing under Utilities. */
function routeThrough(flow: FlowId, withRelease11: boolean): PracticePageId[] {
  return pagesOfFlow(flow)
    .map((entry) => entry.id)
    .filter((id) => id !== 'release-1-1-menu' || withRelease11);
}

function route(id: PracticePageId, variant: VariantId): PracticePageId[] {
  return routeThrough(pageById(id).flow, variant === 'release-route' || id === 'release-1-1-menu');
}

/** Where the site leads from `id`, as its Next, Submit and links do; null at the end. */
export function nextPage(id: PracticePageId, variant: VariantId): PracticePageId | null {
  const way = route(id, variant);
  return way[way.indexOf(id) + 1] ?? null;
}

/** Where the filer came from on the usual way; null on the first page. */
export function previousPage(id: PracticePageId, variant: VariantId): PracticePageId | null {
  const way = route(id, variant);
  return way[way.indexOf(id) - 1] ?? null;
}
