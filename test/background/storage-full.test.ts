// A court page's report when storage is full, end to end through the message
// protocol: the content script's request fails with `storage-full` (it never
// hangs), the stored status is untouched, the guide on the page carries on
// from the page alone, and the next report is stored once there is room.
import { fakeBrowser } from '@webext-core/fake-browser';
import { createHandlers } from '../../src/background/handlers';
import { messagingBackend } from '../../src/content/messaging-backend';
import { bundledGuideCode } from '../../src/guide/bundled-guide-code';
import { startGuide } from '../../src/guide/start-guide';
import { listenForMessages } from '../../src/messaging/listen-for-messages';
import { createCourtStore } from '../../src/storage/court-store';
import { inProgress, T0 } from '../progress/builders';
import { extensionPageSender, getMessage } from '../support/fake-browser';
import { fullQuota, type Quota } from '../support/quota-storage';
import { guideHost, inGuide, showFixture } from '../support/show-page';
import { report, storedStatuses } from './background-harness';

const LINK_FORM = 'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl';
let stopGuide: (() => void) | undefined;
let stopListening: (() => void) | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  stopGuide?.();
  stopListening?.();
  vi.restoreAllMocks();
});

/** The background answering messages, mnd started from the popup, and no room left. */
async function fullBackground(): Promise<Quota> {
  const handlers = createHandlers(
    createCourtStore(fakeBrowser.storage.local, () => T0),
    () => T0,
  );
  stopListening = listenForMessages(handlers);
  // Asked of the handler directly: this test window is the court page, not the popup.
  await handlers.startCourt({ court: 'mnd', flow: 'court-link' }, extensionPageSender());
  return fullQuota(fakeBrowser.storage.local);
}

describe('a page report when storage is full', () => {
  it('fails as storage-full, changes nothing, and the next one is stored once there is room', async () => {
    const quota = await fullBackground();
    showFixture('authored/mnd-link-form-table.html', LINK_FORM);
    const before = await fakeBrowser.storage.local.get(null);
    const linkForm = report({ court: 'mnd', flow: 'court-link', step: 'link-form' });

    await expect(messagingBackend.reportPage(linkForm)).rejects.toMatchObject({
      name: 'MessageFailed',
      kind: 'storage-full',
    });
    expect(await fakeBrowser.storage.local.get(null)).toStrictEqual(before);

    quota.lift();
    await messagingBackend.reportPage(linkForm);
    expect(await storedStatuses()).toStrictEqual({ mnd: inProgress('court-link', 'link-form') });
  });

  it('leaves the guide on the page working from the page alone', async () => {
    const quota = await fullBackground();
    showFixture('authored/mnd-link-form-table.html', LINK_FORM);
    stopGuide = startGuide(window, messagingBackend, bundledGuideCode);

    await vi.waitFor(() => expect(guideHost()?.dataset.step).toBe('link-form'));
    await vi.waitFor(() => expect(quota.refused).toBe(1));
    expect(inGuide('[data-part="instruction"]')?.textContent).toBe(
      getMessage('court_link_link_form_instruction'),
    );
    expect(inGuide('[data-part="highlight"]')).not.toBeNull();
    expect(await storedStatuses()).toStrictEqual({ mnd: inProgress('court-link', 'ecf-home') });
  });
});
