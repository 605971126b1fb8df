// The privacy proof: strings typed into every credential field must end up
// nowhere but in the page's own form submission to its own site, and the
// browser must talk to no host but the fixture server.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser, SeenRequest } from '../../../harness/browser/extension-browser';
import type { FixtureServer } from '../../../harness/browser/fixture-server';
import { inGuideShadow } from '../../../harness/browser/guide-shadow';
import { GUIDE_FILE } from '../../../src/content/guide-file';
import { HELP_DESKS_FILE } from '../../../src/guide/help-desks-file';
import { OVERLAY_FILE } from '../../../src/guide/overlay-file';

/** Typed into the fields; mixed case and punctuation, as real credentials are. */
export const SENTINELS = {
  pacerUsername: 'SentinelPacerUser7Q',
  pacerPassword: 'Sentinel-Pacer-Pw!93',
  clientCode: 'SentinelClient41',
  cmecfLogin: 'SentinelEcfLogin5K',
  cmecfPassword: 'Sentinel-Ecf-Pw#28',
} as const;

const ALL = Object.values(SENTINELS);

/** The sentinels found in `text`, in any of the forms a leak could take. */
export function sentinelsIn(text: string): string[] {
  const lower = text.toLowerCase();
  return ALL.filter(
    (sentinel) =>
      lower.includes(sentinel.toLowerCase()) ||
      text.includes(encodeURIComponent(sentinel)) ||
      text.includes(Buffer.from(sentinel).toString('base64')),
  );
}

/**
 * Fills every credential field on the page: the PACER username, password and
 * client code, or the old CM/ECF login and password (all visible text and
 * password inputs), key by key as a filer types.
 */
export async function typeSentinels(page: Page, kind: 'pacer' | 'cmecf'): Promise<number> {
  const fields = page.locator('input[type="password"], input[type="text"], input:not([type])');
  const count = await fields.count();
  let typed = 0;
  let textFields = 0;
  for (let index = 0; index < count; index += 1) {
    const field = fields.nth(index);
    if (!(await field.isVisible()) || !(await field.isEditable())) continue;
    const password = (await field.getAttribute('type')) === 'password';
    const value =
      kind === 'pacer'
        ? password
          ? SENTINELS.pacerPassword
          : textFields++ === 0
            ? SENTINELS.pacerUsername
            : SENTINELS.clientCode
        : password
          ? SENTINELS.cmecfPassword
          : SENTINELS.cmecfLogin;
    await field.pressSequentially(value);
    typed += 1;
  }
  return typed;
}

/** Every extension storage area holds none of the sentinels, nor does any cookie. */
export async function expectNoSentinelStored(
  browser: Pick<ExtensionBrowser, 'storage'> & {
    readonly context: { cookies(): Promise<readonly unknown[]> };
  },
): Promise<void> {
  const storage = await browser.storage();
  for (const [area, content] of Object.entries(storage)) {
    const found = sentinelsIn(JSON.stringify(content));
    if (found.length > 0) {
      throw new Error(`chrome.storage.${area} holds typed credentials: ${found.join(', ')}`);
    }
  }
  const cookies = JSON.stringify(await browser.context.cookies());
  if (sentinelsIn(cookies).length > 0) throw new Error(`A cookie holds typed credentials`);
}

const WEB_ACCESSIBLE: readonly string[] = [GUIDE_FILE, OVERLAY_FILE, HELP_DESKS_FILE];
const DYNAMIC_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Why a request breaks the rules, or null when it keeps them. */
function violation(
  request: SeenRequest,
  browser: Pick<ExtensionBrowser, 'extensionId'>,
  servedHosts: ReadonlySet<string>,
): string | null {
  const url = new URL(request.url);
  if (url.protocol === 'chrome-extension:') {
    if (url.host === browser.extensionId) return null;
    // The guide, its overlay and the help desks come from our extension under this session's
    // dynamic ID (a GUID, manifest `use_dynamic_url`): only the files the manifest makes
    // web-accessible.
    return DYNAMIC_ID.test(url.host) && WEB_ACCESSIBLE.includes(url.pathname.slice(1))
      ? null
      : 'another extension';
  }
  if (['data:', 'blob:', 'about:'].includes(url.protocol)) return null;
  if (request.fromServiceWorker) return 'a network request from the service worker';
  if (url.protocol !== 'https:') return `a ${url.protocol} request`;
  if (!servedHosts.has(url.host)) return 'a host the fixture server never served';
  const carried = sentinelsIn(
    [request.url, JSON.stringify(request.headers), request.body ?? ''].join('\n'),
  );
  if (carried.length === 0) return null;
  // The one place typed credentials may go: the page's own form, posted to its own site.
  const ownForm =
    request.isNavigation &&
    request.method === 'POST' &&
    request.frameUrl !== null &&
    new URL(request.frameUrl).host === url.host &&
    !sentinelsIn(request.url).length;
  return ownForm ? null : `carries typed credentials (${carried.join(', ')})`;
}

export interface TrafficChecked {
  readonly requests: number;
  /** Requests that carried a sentinel: the pages' own form posts, proof the typing reached the wire. */
  readonly ownFormPosts: number;
}

/**
 * Every request the browser made went to the fixture server (or inside the
 * extension), and typed credentials only travelled in the page's own form
 * posts, to the form's own site.
 */
export function expectOnlyFixtureTraffic(
  browser: Pick<ExtensionBrowser, 'requests' | 'extensionId'>,
  server: Pick<FixtureServer, 'log'>,
): TrafficChecked {
  const servedHosts = new Set(server.log.map((entry) => entry.url.host));
  const bad = browser.requests
    .map((request) => ({ request, why: violation(request, browser, servedHosts) }))
    .filter(({ why }) => why !== null)
    .map(({ request, why }) => `${request.method} ${request.url}: ${why}`);
  if (bad.length > 0) throw new Error(`Requests that break the rules:\n${bad.join('\n')}`);
  // What reached the server with a sentinel in it was a form post to the form's own action.
  const posts = server.log.filter(
    (entry) =>
      sentinelsIn(`${entry.url.href}\n${JSON.stringify(entry.headers)}\n${entry.body}`).length,
  );
  const strayPosts = posts.filter(
    (entry) =>
      entry.method !== 'POST' ||
      !['/csologin/login.jsf', '/cgi-bin/LinkAccount.pl'].includes(entry.url.pathname),
  );
  if (strayPosts.length > 0) {
    throw new Error(
      `Typed credentials reached the server outside the pages' own forms:\n` +
        strayPosts.map((entry) => `${entry.method} ${entry.url.href}`).join('\n'),
    );
  }
  return { requests: browser.requests.length, ownFormPosts: posts.length };
}

/** The guide never shows what was typed. */
async function checkNothingTypedShows(page: Page): Promise<void> {
  const shown = (await inGuideShadow(page, (root) => root.textContent)) ?? '';
  const found = sentinelsIn(shown);
  if (found.length > 0) throw new Error(`The guide shows typed credentials: ${found.join(', ')}`);
}

/** Types the sentinels as the filer types credentials, then checks the guide shows none. */
export async function typeCredentials(page: Page, kind: 'pacer' | 'cmecf'): Promise<void> {
  if ((await typeSentinels(page, kind)) < 2)
    throw new Error('Found no credential fields to type in');
  // The guide re-renders on typing (the username's length): give it the time to.
  await page.waitForTimeout(300);
  await checkNothingTypedShows(page);
}
