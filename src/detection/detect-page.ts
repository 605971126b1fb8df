import { courtByPacerCode, courtFromHost } from '../flows/court-registry';
import { FILING_MENU, PACER_MENU } from '../flows/page-patterns';
import type { FlowId, HostKind, Step } from '../flows/types';
import { classifyHost } from './classify-host';
import { locateTargets } from './locate-target';
import { bestMatch, matchSteps } from './match-steps';
import { normalizeName } from './normalize-text';
import { createPageView, type PageView } from './page-view';
import { readLabelledValue } from './read-labelled-value';
import { readCourtOptions, readPacerCourt, readRegistrations } from './read-pacer-facts';
import type { ConfirmNames, Detection } from './types';

const NOTHING: Detection = {
  court: null,
  training: false,
  flow: null,
  step: null,
  linked: null,
  namesMatch: null,
  names: null,
  courtOptions: null,
  registrations: null,
  highlight: [],
  evidence: [],
};

interface CourtFinding {
  readonly court: string | null;
  readonly training: boolean;
  readonly evidence: string | null;
}

function appUrlOf(url: URL): URL | null {
  const value = url.searchParams.get('appurl') ?? url.searchParams.get('appURL');
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function findCourt(url: URL, host: HostKind, view: PageView): CourtFinding {
  if (host === 'ecf') {
    const found = courtFromHost(url.hostname);
    return found
      ? {
          court: found.court.id,
          training: found.training,
          evidence: `court:host ${found.court.id}`,
        }
      : { court: null, training: false, evidence: null };
  }
  if (host === 'pacer-login') {
    const code = url.searchParams.get('pscCourtId');
    const byCode = code ? courtByPacerCode(code) : undefined;
    if (byCode) return { court: byCode.id, training: false, evidence: `court:pscCourtId ${code}` };
    const app = appUrlOf(url);
    const byApp = app ? courtFromHost(app.hostname) : null;
    if (byApp)
      return {
        court: byApp.court.id,
        training: byApp.training,
        evidence: `court:appurl ${app?.hostname}`,
      };
    return { court: null, training: false, evidence: null };
  }
  if (host === 'pacer-psc') {
    const court = readPacerCourt(view);
    if (court) return { court, training: false, evidence: `court:page ${court}` };
  }
  return { court: null, training: false, evidence: null };
}

/** The login page serves both flows; where it sends the filer next tells which. */
function flowOf(host: HostKind, url: URL): FlowId | null {
  if (host === 'ecf') return 'court-link';
  if (host !== 'pacer-login') return 'pacer-request';
  const app = appUrlOf(url);
  if (app && /^ecf(-train)?\./i.test(app.hostname)) return 'court-link';
  if (app && /^pacer\.(psc\.)?uscourts\.gov$/i.test(app.hostname)) return 'pacer-request';
  // A court's code without a destination is still that court's login.
  return url.searchParams.has('pscCourtId') ? 'court-link' : null;
}

function linkedOnEcf(
  view: PageView,
  step: Step | undefined,
): { linked: boolean | null; evidence?: string } {
  if (step?.id === 'link-done') return { linked: true, evidence: 'linked:link-done' };
  if (!view.menubar()) return { linked: null };
  const menu = view.links().filter((link) => link.inMenubar);
  const filing = menu.find(
    (link) => FILING_MENU.text.test(link.text) || FILING_MENU.href.test(link.href),
  );
  if (filing) return { linked: true, evidence: `linked:filing-menu ${filing.text || filing.href}` };
  const pacerOnly = menu.some(
    (link) => PACER_MENU.text.test(link.text) || PACER_MENU.href.test(link.href),
  );
  return pacerOnly ? { linked: false, evidence: 'linked:pacer-only-menu' } : { linked: null };
}

function readNames(view: PageView, step: Step): ConfirmNames | null {
  const labels = step.reads?.names;
  if (!labels) return null;
  return {
    cmecf: readLabelledValue(view.document, labels.cmecf),
    pacer: readLabelledValue(view.document, labels.pacer),
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
  const court = findCourt(url, host, view);
  // An ecf host whose id is no court is someone else's site.
  if (host === 'ecf' && !court.court) return NOTHING;

  const match = bestMatch(matchSteps(view, host));
  const step = match?.step;
  const evidence = [`host:${host}`];
  if (court.evidence) evidence.push(court.evidence);
  if (match) evidence.push(`step:${match.step.id}`, ...match.evidence);

  const linked = host === 'ecf' ? linkedOnEcf(view, step) : { linked: null };
  if (linked.evidence) evidence.push(linked.evidence);
  const names = step ? readNames(view, step) : null;
  const optionsPattern = step?.reads?.courtOptions;
  const processed = step?.reads?.registrations?.processed;

  return {
    court: court.court,
    training: court.training,
    flow: step ? flowOf(host, url) : null,
    step: step?.id ?? null,
    linked: linked.linked,
    namesMatch: namesAgree(names),
    names,
    courtOptions: optionsPattern ? readCourtOptions(view, optionsPattern) : null,
    registrations: processed ? readRegistrations(view, processed) : null,
    highlight: step ? locateTargets(step.highlight, view) : [],
    evidence,
  };
}
