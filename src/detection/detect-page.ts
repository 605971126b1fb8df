import { courtFromHost } from '../flows/court-registry';
import { findStep } from '../flows/flows';
import { FILING_MENU, PACER_MENU } from '../flows/page-patterns';
import type { HostKind, Step } from '../flows/types';
import { classifyHost } from './classify-host';
import { locateTargets } from './locate-target';
import { bestMatch, matchSteps } from './match-steps';
import { normalizeName } from './normalize-text';
import { createPageView, type PageView } from './page-view';
import { readLabelledValue } from './read-labelled-value';
import { readCourtOptions, readPacerCourt, readRegistrations } from './read-pacer-facts';
import { courtOfUrl, flowOfUrl } from './read-url';
import type { ConfirmNames, Detection, PageLinkSign } from './types';

const NOTHING: Detection = {
  court: null,
  courtsNamed: [],
  training: false,
  flow: null,
  step: null,
  startsFlow: false,
  linked: null,
  linkSign: null,
  namesMatch: null,
  names: null,
  courtOptions: null,
  registrations: null,
  highlight: [],
  evidence: [],
};

interface CourtFinding {
  readonly court: string | null;
  /** Every court the page names, when it names more than one (then `court` is null). */
  readonly named?: readonly string[];
  readonly training: boolean;
  readonly evidence: string | null;
}

const NO_COURT: CourtFinding = { court: null, training: false, evidence: null };

function findCourt(url: URL, host: HostKind, view: PageView, step: Step | undefined): CourtFinding {
  if (host === 'ecf' || host === 'pacer-login') return courtOfUrl(url, host) ?? NO_COURT;
  // The history lists requests court by court: its rows speak for each court, not the page.
  if (host === 'pacer-psc' && step && !step.reads?.registrations) {
    const found = readPacerCourt(view);
    if (found.court) return { court: found.court, training: false, evidence: found.evidence };
    if (found.named.length > 1) {
      return { court: null, named: found.named, training: false, evidence: found.evidence };
    }
  }
  return NO_COURT;
}

interface LinkFinding {
  readonly sign: PageLinkSign | null;
  readonly evidence?: string;
}

const NO_SIGN: LinkFinding = { sign: null };

function linkSignOnEcf(view: PageView, step: Step | undefined): LinkFinding {
  if (step?.provesLinked) return { sign: 'link-done', evidence: 'linked:link-done' };
  if (!view.menubar()) return NO_SIGN;
  const menu = view.links().filter((link) => link.inMenubar);
  const filing = menu.find(
    (link) => FILING_MENU.text.test(link.text) || FILING_MENU.href.test(link.href),
  );
  if (filing) {
    return { sign: 'filing-menus', evidence: `linked:filing-menu ${filing.text || filing.href}` };
  }
  const pacerOnly = menu.some(
    (link) => PACER_MENU.text.test(link.text) || PACER_MENU.href.test(link.href),
  );
  return pacerOnly ? { sign: 'pacer-only-menus', evidence: 'linked:pacer-only-menu' } : NO_SIGN;
}

/** Every sign but PACER-only menus proves the link. */
function isProof(sign: PageLinkSign | null): boolean | null {
  return sign === null ? null : sign !== 'pacer-only-menus';
}

function readNames(view: PageView, step: Step): ConfirmNames | null {
  const labels = step.reads?.names;
  if (!labels) return null;
  return {
    cmecf: readLabelledValue(view.document, labels.cmecf, view.isHidden),
    pacer: readLabelledValue(view.document, labels.pacer, view.isHidden),
  };
}

function namesAgree(names: ConfirmNames | null): boolean | null {
  if (!names?.cmecf || !names.pacer) return null;
  return normalizeName(names.cmecf) === normalizeName(names.pacer);
}

/**
 * Which court, flow and step a page is, and what it shows. Pure apart from
 * reading the document; safe to run on every page load.
 */
export function detectPage(url: URL, document: Document): Detection {
  const host = classifyHost(url);
  if (!host) return NOTHING;
  const view = createPageView(url, document);
  // An ecf host whose id is no court is someone else's site.
  if (host === 'ecf' && !courtFromHost(url.hostname)) return NOTHING;

  const match = bestMatch(matchSteps(view, host));
  const step = match?.step;
  const court = findCourt(url, host, view, step);
  const evidence = [`host:${host}`];
  if (court.evidence) evidence.push(court.evidence);
  if (match) evidence.push(`step:${match.step.id}`, ...match.evidence);

  const link = host === 'ecf' ? linkSignOnEcf(view, step) : NO_SIGN;
  if (link.evidence) evidence.push(link.evidence);
  const names = step ? readNames(view, step) : null;
  const optionsPattern = step?.reads?.courtOptions;
  const statusWords = step?.reads?.registrations;
  const registrations = statusWords ? readRegistrations(view, statusWords) : null;
  for (const record of registrations ?? []) {
    if (record.state === 'unknown' || record.state === 'rejected') {
      evidence.push(
        `registration:${record.state} ${record.court} ${JSON.stringify(record.status)}`,
      );
    }
  }

  return {
    court: court.court,
    courtsNamed: court.named ?? [],
    training: court.training,
    flow: step ? flowOfUrl(url, host) : null,
    step: step?.id ?? null,
    startsFlow: step?.progress === 'starts',
    linked: isProof(link.sign),
    linkSign: link.sign,
    namesMatch: namesAgree(names),
    names,
    courtOptions: optionsPattern ? readCourtOptions(view, optionsPattern) : null,
    registrations,
    highlight: step ? locateTargets(step.highlight, view) : [],
    evidence,
  };
}

/**
 * On a CM/ECF page outside the flows whose menu bar shows only PACER's items
 * (a docket, a report): the way into the court-link flow, as on the main
 * page, for a filer who asks for the guide there. Null on any other page.
 */
export function detectWayIn(url: URL, document: Document, page: Detection): Detection | null {
  const main = findStep('court-link', 'ecf-main');
  if (page.step !== null || page.linked !== false || !main || classifyHost(url) !== 'ecf') {
    return null;
  }
  const highlight = locateTargets(main.highlight, createPageView(url, document));
  return {
    ...page,
    flow: 'court-link',
    step: main.id,
    startsFlow: main.progress === 'starts',
    highlight,
  };
}
