// The browser names every message's sender, and the page cannot forge it:
// the extension's id, the URL of the page or frame, and the tab for a content
// script. The background trusts a message as far as its sender goes.

import { classifyHost, isCourtUrl } from '../detection/classify-host';
import { courtOfUrl } from '../detection/read-url';
import type { Runtime } from '../platform/browser';
import { browser } from '../platform/browser';
import type { PageClaim, SenderKind, SenderRule } from './allowed-senders';
import { ALLOWED_SENDERS } from './allowed-senders';
import type { MessageName, RequestOf } from './protocol';

/** Why `sender` may not send this message, or null when it may. */
export function senderRefusal<N extends MessageName>(
  name: N,
  request: RequestOf<N>,
  sender: Runtime.MessageSender,
): string | null {
  if (sender.id !== browser.runtime.id) return 'sent by another extension';
  const kind = senderKind(sender);
  if (kind === null) {
    return `sent from ${sender.url ?? 'no page'}, neither a court page nor this extension’s own`;
  }
  const rule: SenderRule<N> = ALLOWED_SENDERS[name];
  if (!rule.from.includes(kind)) return `${WHO[kind]} may not send it`;
  if (kind === 'court-page' && rule.claim && sender.url) {
    return claimRefusal(new URL(sender.url), rule.claim(request));
  }
  return null;
}

const WHO: Readonly<Record<SenderKind, string>> = {
  'court-page': 'a court page',
  'extension-page': 'an extension page',
};

/**
 * By the sender's URL, not by its tab: the options page, and the popup on
 * Firefox's first run, open in a tab too. A content script's URL is its page's.
 */
function senderKind({ url, tab }: Runtime.MessageSender): SenderKind | null {
  if (!url) return null;
  // With its trailing slash: `chrome-extension://<id>.evil/` is not a prefix match.
  if (url.startsWith(browser.runtime.getURL(''))) return 'extension-page';
  return tab !== undefined && isCourtUrl(url) ? 'court-page' : null;
}

/**
 * A court's CM/ECF site speaks only for its own court, and its training site
 * only as a training site. PACER's pages name no court in their host: they
 * speak for the courts found on them (or the request under way).
 */
function claimRefusal(page: URL, claim: PageClaim): string | null {
  if (classifyHost(page) !== 'ecf') return null;
  const own = courtOfUrl(page, 'ecf');
  if (!own) return `${page.hostname} is no known court’s site`;
  if (claim.court !== own.court) {
    return `${page.hostname} may act only on court ${own.court}, not ${claim.court ?? 'none'}`;
  }
  if (claim.training !== undefined && claim.training !== own.training) {
    return own.training
      ? `${page.hostname} is a training site, and its reports must say so`
      : `${page.hostname} is not a training site`;
  }
  return null;
}
