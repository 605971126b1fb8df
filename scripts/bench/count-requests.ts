// Requests the extension makes: any from its service worker or its pages to
// something other than its own files, any from a court page to a host other
// than the court sites (the fixture server), and any court-site URL that the
// browser with the extension asked for and the one without never did.
import { pageKey } from '../../harness/browser/fixture-server';
import type { BenchBrowsers } from './bench-browsers';

const COURT_SITE = /^https:\/\/[^/]*\.uscourts\.gov\//;
const OWN_FILES = /^(chrome-extension|data|blob):/;

export interface RequestFigures {
  readonly seen: number;
  readonly byExtension: readonly string[];
}

export function countExtensionRequests(browsers: BenchBrowsers): RequestFigures {
  const { requests, origin } = browsers.extension;
  // Compared as the fixture server compares them: without the fragment.
  const plainUrls = new Set(browsers.plainRequests.map((request) => pageKey(request.url)));
  const byExtension = requests
    .filter((request) => {
      if (OWN_FILES.test(request.url)) return false;
      if (request.fromServiceWorker) return true;
      if (request.frameUrl?.startsWith(origin)) return true;
      if (!COURT_SITE.test(request.url)) return true;
      return !plainUrls.has(pageKey(request.url));
    })
    .map(
      (request) =>
        `${request.method} ${request.url} (from ${request.frameUrl ?? 'service worker'})`,
    );
  return { seen: requests.length, byExtension };
}
