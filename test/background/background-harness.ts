// A background over the in-memory browser, driven as content scripts and the
// popup drive it: messages through the protocol, each from the sender the
// browser would name (the popup unless a test says otherwise).
import { fakeBrowser } from '@webext-core/fake-browser';
import { createHandlers } from '../../src/background/handlers';
import { answer } from '../../src/messaging/listen-for-messages';
import type { Sender } from '../../src/messaging/listen-for-messages';
import type { MessageName, PageReport, RequestOf, ResponseOf } from '../../src/messaging/protocol';
import { isFailureReply } from '../../src/messaging/protocol';
import { createCourtStore } from '../../src/storage/court-store';
import { report, T0 } from '../progress/builders';
import { contentScriptSender, extensionPageSender } from '../support/fake-browser';

export { report } from '../progress/builders';

/** The content script on a page of `court`'s own CM/ECF site (or its training site), in tab `tabId`. */
export function onCourtSite(court: string, tabId = 1, training = false): Sender {
  const host = `${training ? 'ecf-train' : 'ecf'}.${court}.uscourts.gov`;
  return contentScriptSender(`https://${host}/cgi-bin/iquery.pl`, tabId);
}

/** The content script on a PACER page, whose host names no court, in tab `tabId`. */
export function onPacer(tabId = 1): Sender {
  return contentScriptSender('https://pacer.psc.uscourts.gov/pscof/manage/maint.jsf', tabId);
}

/** Where a report comes from: PACER for its own flow and for pages that name no court. */
function pageOf(report: PageReport, tabId: number): Sender {
  return report.court === null || report.flow === 'pacer-request'
    ? onPacer(tabId)
    : onCourtSite(report.court, tabId, report.training);
}

export function startBackground() {
  let clock = T0;
  const handlers = createHandlers(
    createCourtStore(fakeBrowser.storage.local, () => clock),
    () => clock,
  );
  async function send<N extends MessageName>(
    name: N,
    request: RequestOf<N>,
    sender: Sender = extensionPageSender(),
  ): Promise<ResponseOf<N>> {
    const reply = await answer(handlers, { name, request }, sender);
    if (isFailureReply(reply)) throw new Error(reply.pacerLinkGuideError);
    return reply as ResponseOf<N>;
  }
  return {
    send,
    /** The content script in tab `tabId` reports a page. */
    reportFrom: (tabId: number, fields: Partial<PageReport>) =>
      send('reportPage', report(fields), pageOf(report(fields), tabId)),
    tick: (ms = 1000) => {
      clock += ms;
      return clock;
    },
    now: () => clock,
  };
}

export const badgeOf = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

export async function storedStatuses(): Promise<Record<string, unknown>> {
  const { statuses } = await fakeBrowser.storage.local.get('statuses');
  return (statuses ?? {}) as Record<string, unknown>;
}
