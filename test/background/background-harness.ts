// A background over the in-memory browser, driven as content scripts and the
// popup drive it: messages through the protocol, with the sender's tab.
import { fakeBrowser } from '@webext-core/fake-browser';
import { createHandlers } from '../../src/background/handlers';
import { answer } from '../../src/messaging/listen-for-messages';
import type { Sender } from '../../src/messaging/listen-for-messages';
import type { MessageName, PageReport, RequestOf, ResponseOf } from '../../src/messaging/protocol';
import { isFailureReply } from '../../src/messaging/protocol';
import { createCourtStore } from '../../src/storage/court-store';
import { T0 } from '../progress/builders';

export const blankReport: PageReport = {
  court: null,
  courtsNamed: [],
  training: false,
  flow: null,
  step: null,
  linked: null,
  courtOptions: null,
  registrations: null,
};

export function report(fields: Partial<PageReport>): PageReport {
  return { ...blankReport, ...fields };
}

export function fromTab(id: number): Sender {
  return {
    tab: { id, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
  };
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
    sender: Sender = {},
  ): Promise<ResponseOf<N>> {
    const reply = await answer(handlers, { name, request }, sender);
    if (isFailureReply(reply)) throw new Error(reply.pacerLinkGuideError);
    return reply as ResponseOf<N>;
  }
  return {
    send,
    /** The content script in tab `tabId` reports a page. */
    reportFrom: (tabId: number, fields: Partial<PageReport>) =>
      send('reportPage', report(fields), fromTab(tabId)),
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
