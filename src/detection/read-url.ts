// What a court page's address alone says: the court it names, and the flow of
// a PACER login page. The popup reads the tab's address with the same code,
// so that the tab's court is decided here only.
import { courtByPacerCode, courtFromHost } from '../flows/court-registry';
import type { FlowId, HostKind } from '../flows/types';
import { classifyHost } from './classify-host';

export interface CourtOfUrl {
  readonly court: string;
  /** A court's training site (`ecf-train.<court>`), or a login that returns to one. */
  readonly training: boolean;
  /** Which part of the address named it, for the `detect` output. */
  readonly evidence: string;
}

/** The login page's `appurl`: where it sends the filer once logged in. */
function returnAddress(url: URL): URL | null {
  const value = url.searchParams.get('appurl') ?? url.searchParams.get('appURL');
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * The court a CM/ECF host, or a PACER login's court code or return address,
 * names. Null for any other address: PACER's own pages name a court only in
 * their content.
 */
export function courtOfUrl(url: URL, host: HostKind | null = classifyHost(url)): CourtOfUrl | null {
  if (host === 'ecf') {
    const found = courtFromHost(url.hostname);
    return found
      ? {
          court: found.court.id,
          training: found.training,
          evidence: `court:host ${found.court.id}`,
        }
      : null;
  }
  if (host !== 'pacer-login') return null;
  const code = url.searchParams.get('pscCourtId');
  const byCode = code ? courtByPacerCode(code) : undefined;
  if (byCode) return { court: byCode.id, training: false, evidence: `court:pscCourtId ${code}` };
  const app = returnAddress(url);
  const byApp = app ? courtFromHost(app.hostname) : null;
  return byApp && app
    ? { court: byApp.court.id, training: byApp.training, evidence: `court:appurl ${app.hostname}` }
    : null;
}

/**
 * The flow a page of `host` belongs to. The login page serves both: where it
 * sends the filer next tells which, and null says it does not tell.
 */
export function flowOfUrl(url: URL, host: HostKind): FlowId | null {
  if (host === 'ecf') return 'court-link';
  if (host !== 'pacer-login') return 'pacer-request';
  const app = returnAddress(url);
  if (app && /^ecf(-train)?\./i.test(app.hostname)) return 'court-link';
  if (app && /^pacer\.(psc\.)?uscourts\.gov$/i.test(app.hostname)) return 'pacer-request';
  // A court's code without a destination is still that court's login.
  return url.searchParams.has('pscCourtId') ? 'court-link' : null;
}
