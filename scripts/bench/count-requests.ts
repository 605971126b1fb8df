// Requests the extension makes: any from its service worker or its pages to
// something other than its own files, any from a court page to a host other
// than the court sites (the fixture server), and any court-site URL that the
// browser with the extension asked for and the one without never did.
import { isServedHere, pageKey } from '../../harness/browser/fixture-server';
import { fixture } from '../../harness/browser/paths';
import { FIXTURES } from '../../harness/fixtures/expectations';
import type { BenchBrowsers } from './bench-browsers';

const OWN_FILES = /^(chrome-extension|data|blob):/;

export interface RequestFigures {
  readonly seen: number;
  readonly byExtension: readonly string[];
}

/** After each load with the extension: long enough for the guide to start and report. */
const GUIDE_SETTLE_MS = 150;

/**
 * Every fixture page once in the browser with the extension and once in the
 * one without, untimed: page loads are timed in a browser of their own
 * (one-browser.ts), and this is where the court pages' requests are watched.
 */
export async function visitFixtures(browsers: BenchBrowsers): Promise<void> {
  const tabs = [await browsers.extension.newPage(), await browsers.plain.newPage()];
  try {
    for (const entry of FIXTURES) {
      if (!isServedHere(entry.url)) continue;
      const remove = browsers.server.page(entry.url, fixture(entry.file));
      for (const tab of tabs) await tab.goto(entry.url, { waitUntil: 'load' });
      await tabs[0]?.waitForTimeout(GUIDE_SETTLE_MS);
      remove();
    }
  } finally {
    for (const tab of tabs) await tab.close();
  }
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
      if (!isServedHere(request.url)) return true;
      return !plainUrls.has(pageKey(request.url));
    })
    .map(
      (request) =>
        `${request.method} ${request.url} (from ${request.frameUrl ?? 'service worker'})`,
    );
  return { seen: requests.length, byExtension };
}
