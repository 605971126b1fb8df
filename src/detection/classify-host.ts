import type { HostKind } from '../flows/types';

const PACER_HOSTS: Readonly<Record<string, HostKind>> = {
  'pacer.login.uscourts.gov': 'pacer-login',
  'pacer.uscourts.gov': 'pacer-home',
  'www.pacer.uscourts.gov': 'pacer-home',
  'pacer.psc.uscourts.gov': 'pacer-psc',
};

// Only the hosts themselves: `ecf.mnd.uscourts.gov.example.com` and
// `ecfmnd.uscourts.gov` are someone else's pages.
const ECF_HOST = /^ecf(-train)?\.[a-z]+\.uscourts\.gov$/;

/**
 * Which family of court hosts a URL is on, or null for every other page. The
 * courts serve on the default port: a URL that names a port
 * (`https://ecf.mnd.uscourts.gov:8443/…`) is nobody's court page.
 */
export function classifyHost(url: URL): HostKind | null {
  if (url.protocol !== 'https:' || url.port !== '') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (ECF_HOST.test(host)) return 'ecf';
  // Own keys only: `constructor` or `__proto__` is no PACER host.
  return Object.hasOwn(PACER_HOSTS, host) ? (PACER_HOSTS[host] ?? null) : null;
}

/**
 * Whether `href` is a court page at all: what the content script checks
 * before anything else (the manifest's match pattern allows any port, and its
 * globs match across the host: `https://ecf.mnd.uscourts.gov:8443/x/.uscourts.gov/…`
 * passes both), and what the background checks of a content script's sender.
 */
export function isCourtUrl(href: string): boolean {
  try {
    return classifyHost(new URL(href)) !== null;
  } catch {
    return false;
  }
}
