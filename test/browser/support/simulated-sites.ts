// Just enough of a court's CM/ECF site, of PACER's central login and of
// PACER's account pages for a filer to click through both flows: each link or
// button the guide rings leads where the real one does, with the saved pages.
//
//   ecf.<court>  /  (ShowIndex.pl)      home; "Document Filing System" is /cgi-bin/login.pl
//                /cgi-bin/login.pl      logged out: off to PACER's login; in: the main page
//                DisplayMenu.pl?Utilities, ?NextGenRelease1.1 / ?NGRelease11
//                LinkAccount.pl         GET: the form; POST …L_1_0-1: confirm; POST …L_2_0-1: done
//                                       (F5 on "done" posts again: the main page, now linked)
//   pacer.login  /csologin/login.jsf    GET: login page; POST: logged in, back to appurl
//   pacer        / and the manage-login gate
//   pacer.psc    manage/maintenance.jsf (tabs in place), regmgmt/attyRegistration.jsf (a
//                wizard: each POST shows the next page), regHistory.jsf, nonAttyRegistration.jsf
import { browserPage, fixture } from '../../../harness/browser/paths';
import type { Reply, Route, ServedRequest } from '../../../harness/browser/fixture-server';
import { TAB_WIDGETS_SCRIPT } from './tab-widgets';

export interface CourtSitePages {
  /** What https://ecf.<court>.uscourts.gov/ serves (it may only redirect to `home`). */
  readonly root: string;
  /** Path and page of the court's CM/ECF home, with the Document Filing System link. */
  readonly home: { readonly path: string; readonly file: string };
  /** Where PACER's login returns to: the main page's URL. */
  readonly landing: string;
  readonly mainNotLinked: string;
  readonly mainLinked: string;
  readonly utilities: string;
  /** The NextGen Release 1.1 Menu Items page: query prefix after DisplayMenu.pl? and page. */
  readonly release11: { readonly query: string; readonly file: string };
  readonly linkForm: string;
  readonly confirm: string;
  readonly done: string;
}

export interface CourtSiteConfig {
  readonly court: string;
  /** PACER's id for the court in the login URL (MNDC, CACBK). */
  readonly pscCourtId: string;
  readonly login: string;
  readonly pages: CourtSitePages;
}

const LOGIN_HOST = 'pacer.login.uscourts.gov';
const PACER_HOST = 'pacer.uscourts.gov';
const PSC_HOST = 'pacer.psc.uscourts.gov';
const MANAGE_URL = `https://${PSC_HOST}/pscof/manage/maintenance.jsf`;

/** The district walk: Minnesota, whose Utilities page lists only the Release 1.1 menu. */
export const MND: CourtSiteConfig = {
  court: 'mnd',
  pscCourtId: 'MNDC',
  login: fixture('authored/mnd-pacer-login.html'),
  pages: {
    root: fixture('real/mnd_district_ecf_root_redirect_to_ShowIndex.html'),
    home: { path: '/cgi-bin/ShowIndex.pl', file: fixture('authored/mnd-ecf-home-showindex.html') },
    landing: '/cgi-bin/ShowIndex.pl',
    mainNotLinked: fixture('authored/mnd-ecf-main-pacer-only.html'),
    mainLinked: fixture('authored/mnd-ecf-main-filer-rendered.html'),
    utilities: browserPage('mnd-utilities-release-1-1-only.html'),
    release11: {
      query: 'NextGenRelease1.1',
      file: fixture('authored/mnd-release-1-1-menu-rendered.html'),
    },
    linkForm: fixture('authored/mnd-link-form-table.html'),
    confirm: fixture('authored/mnd-link-confirm-match.html'),
    done: fixture('authored/mnd-link-done.html'),
  },
};

/** The bankruptcy walk: Central District of California (seed 002's own court). */
export const CACB: CourtSiteConfig = {
  court: 'cacb',
  pscCourtId: 'CACBK',
  login: fixture('authored/cacb-pacer-login-label-markup.html'),
  pages: {
    root: fixture('real/cacb_bankruptcy_ecf_home_document_filing_system.html'),
    home: { path: '/', file: fixture('real/cacb_bankruptcy_ecf_home_document_filing_system.html') },
    landing: '/cgi-bin/login.pl',
    mainNotLinked: browserPage('cacb-ecf-main-pacer-only.html'),
    mainLinked: browserPage('cacb-ecf-main-filer.html'),
    utilities: fixture('authored/cacb-utilities-release-1-1-only.html'),
    release11: { query: 'NGRelease11', file: fixture('authored/cacb-release-1-1-menu.html') },
    linkForm: fixture('authored/cacb-link-form-labels.html'),
    confirm: browserPage('cacb-link-confirm-match.html'),
    done: fixture('authored/cacb-link-done-long.html'),
  },
};

const page = (file: string): Reply => ({ file });

/** One court's CM/ECF site, with the filer's session: logged in, linked. */
export class CourtSite {
  loggedIn = false;
  linked = false;
  readonly host: string;
  pages: CourtSitePages;

  constructor(readonly config: CourtSiteConfig) {
    this.host = `ecf.${config.court}.uscourts.gov`;
    this.pages = config.pages;
  }

  /** Replaces some of the site's pages (a variant of the walk). */
  withPages(changes: Partial<CourtSitePages>): this {
    this.pages = { ...this.pages, ...changes };
    return this;
  }

  get homeUrl(): string {
    return `https://${this.host}${this.pages.home.path}`;
  }

  get loginUrl(): string {
    const back = `https://${this.host}${this.pages.landing}`;
    return `https://${LOGIN_HOST}/csologin/login.jsf?pscCourtId=${this.config.pscCourtId}&appurl=${encodeURIComponent(back)}`;
  }

  private main(): Reply {
    return page(this.linked ? this.pages.mainLinked : this.pages.mainNotLinked);
  }

  readonly route: Route = (request) => {
    if (request.url.host !== this.host) return null;
    const { pathname, search } = request.url;
    const query = search.slice(1);
    const { pages } = this;
    if (request.method === 'POST' && pathname === '/cgi-bin/LinkAccount.pl') {
      if (query.endsWith('L_1_0-1')) return page(pages.confirm);
      if (query.endsWith('L_2_0-1')) {
        // The first post links the accounts; posting again (F5) shows the main page.
        if (this.linked) return this.main();
        this.linked = true;
        return page(pages.done);
      }
      return null;
    }
    if (request.method !== 'GET') return null;
    if (pathname === '/cgi-bin/login.pl' && query === '') {
      if (!this.loggedIn) return { redirect: this.loginUrl };
      return pages.landing === '/cgi-bin/login.pl'
        ? this.main()
        : { redirect: `https://${this.host}${pages.landing}` };
    }
    if (this.loggedIn && pathname === pages.landing) return this.main();
    if (pathname === '/' && search === '') return page(pages.root);
    if (pathname === pages.home.path) return page(pages.home.file);
    if (pathname === '/cgi-bin/DisplayMenu.pl') {
      if (/^utilities(&|$)/i.test(query)) return page(pages.utilities);
      if (query.startsWith(pages.release11.query)) return page(pages.release11.file);
      return null;
    }
    if (pathname === '/cgi-bin/LinkAccount.pl') return page(pages.linkForm);
    return null;
  };
}

/** The pages of the PACER-side walk (seed 003). */
export interface PacerPages {
  readonly home: string;
  readonly gate: string;
  readonly login: string;
  readonly manageAccount: string;
  /** The attorney registration wizard, in order; each POST shows the next page. */
  readonly wizard: readonly string[];
  readonly nonAttorneyCourtSelect: string;
  readonly history: string;
}

const PACER_PAGES: PacerPages = {
  home: fixture('authored/pacer-home-default-tab.html'),
  gate: fixture('authored/pacer-manage-login-gate.html'),
  login: fixture('authored/pacer-login-manage-account.html'),
  manageAccount: fixture('authored/pacer-manage-account.html'),
  wizard: [
    fixture('authored/cob-court-select.html'),
    fixture('authored/cob-registration-type.html'),
    fixture('authored/cob-registration-details.html'),
    fixture('authored/cob-payment.html'),
    fixture('authored/cob-terms.html'),
    fixture('authored/cob-request-submitted.html'),
  ],
  nonAttorneyCourtSelect: fixture('authored/pacer-court-select.html'),
  history: fixture('authored/pacer-registration-history.html'),
};

/** PACER's own site and account pages, with the filer's PACER session. */
export class PacerSite {
  loggedIn = false;
  wizardStep = 0;
  pages: PacerPages;

  constructor(pages: PacerPages = PACER_PAGES) {
    this.pages = pages;
  }

  withPages(changes: Partial<PacerPages>): this {
    this.pages = { ...this.pages, ...changes };
    return this;
  }

  readonly homeUrl = `https://${PACER_HOST}/`;

  private withWidgets(file: string): Reply {
    return { file, script: TAB_WIDGETS_SCRIPT };
  }

  readonly route: Route = (request) => {
    const { host, pathname } = request.url;
    const { pages } = this;
    if (host === PACER_HOST && request.method === 'GET') {
      if (pathname === '/') return this.withWidgets(pages.home);
      if (pathname === '/my-account-billing/manage-my-account') return this.withWidgets(pages.gate);
      return null;
    }
    if (host !== PSC_HOST) return null;
    if (!this.loggedIn && pathname.startsWith('/pscof/')) {
      return {
        redirect: `https://${LOGIN_HOST}/csologin/login.jsf?appurl=${encodeURIComponent(MANAGE_URL)}`,
      };
    }
    if (pathname === '/pscof/manage/maintenance.jsf') return this.withWidgets(pages.manageAccount);
    if (pathname === '/pscof/regmgmt/attyRegistration.jsf') {
      this.wizardStep = request.method === 'GET' ? 0 : this.wizardStep + 1;
      const file = pages.wizard[Math.min(this.wizardStep, pages.wizard.length - 1)];
      return file ? this.withWidgets(file) : null;
    }
    if (pathname === '/pscof/regmgmt/nonAttyRegistration.jsf') {
      return this.withWidgets(pages.nonAttorneyCourtSelect);
    }
    if (pathname === '/pscof/regmgmt/regHistory.jsf') return this.withWidgets(pages.history);
    return null;
  };
}

/**
 * PACER's central login, shared by the courts and PACER's account pages: the
 * login page for the court in `pscCourtId` or `appurl`; a post logs the filer
 * in where `appurl` (from the referring login page) points, and goes there.
 */
export function pacerLoginRoute(courts: readonly CourtSite[], pacer: PacerSite | null): Route {
  const destination = (request: ServedRequest, url: URL): string | null => {
    const own = url.searchParams.get('appurl');
    if (own) return own;
    const referrer = request.headers.referer;
    return referrer ? new URL(referrer).searchParams.get('appurl') : null;
  };
  return (request) => {
    if (request.url.host !== LOGIN_HOST || request.url.pathname !== '/csologin/login.jsf') {
      return null;
    }
    const appurl = destination(request, request.url);
    const appHost = appurl ? new URL(appurl).host : null;
    const code = request.url.searchParams.get('pscCourtId');
    const court = courts.find((site) => site.config.pscCourtId === code || site.host === appHost);
    const toPacer = appHost === PSC_HOST ? pacer : null;
    if (request.method === 'GET') {
      if (court) return { file: court.config.login };
      if (toPacer) return { file: toPacer.pages.login };
      return null;
    }
    if (!appurl) return null;
    if (court) court.loggedIn = true;
    else if (toPacer) toPacer.loggedIn = true;
    else return null;
    return { redirect: appurl };
  };
}
