// Each message from each kind of sender: the content script on a court's page
// reports and works the guide for that court only; the popup and options page
// do the rest; anything else is refused before a handler runs, changing nothing.
import { fakeBrowser } from '@webext-core/fake-browser';
import type { MockInstance } from 'vitest';
import type { MessageName, RequestOf } from '../../src/messaging/protocol';
import { linked } from '../progress/builders';
import { contentScriptSender, extensionPageSender } from '../support/fake-browser';
import type { Sender } from '../../src/messaging/listen-for-messages';
import { badgeOf, onCourtSite, onPacer, report, startBackground } from './background-harness';

/** A request of each message that its own sender gets answered. */
const REQUESTS: { readonly [N in MessageName]: RequestOf<N> } = {
  reportPage: report({ court: 'mnd', flow: 'court-link', step: 'utilities' }),
  getCourtView: { court: 'mnd' },
  setGuidePreference: { court: 'mnd', preference: { collapsed: true } },
  restartCourt: { court: 'mnd' },
  markNotNeeded: { court: 'mnd' },
  getPreferences: {},
  getOverview: { tabId: null },
  setStatusByHand: { court: 'mnd', status: 'linked' },
  clearStatusByHand: { court: 'mnd' },
  startCourt: { court: 'mnd', flow: 'court-link' },
  trackCourt: { court: 'iasd' },
  untrackCourt: { court: 'mnd' },
  setPreferences: { role: 'attorney' },
  importStatuses: { statuses: { iasd: linked() } },
  discardSetAside: {},
};

const COURT_PAGE_ONLY: MessageName[] = ['reportPage', 'getCourtView', 'markNotNeeded'];
const BOTH: MessageName[] = ['setGuidePreference', 'restartCourt', 'getPreferences'];
const EXTENSION_PAGE_ONLY: MessageName[] = [
  'getOverview',
  'setStatusByHand',
  'clearStatusByHand',
  'startCourt',
  'trackCourt',
  'untrackCourt',
  'setPreferences',
  'importStatuses',
  'discardSetAside',
];
const ALL = [...COURT_PAGE_ONLY, ...BOTH, ...EXTENSION_PAGE_ONLY];

const TAB = 9;
const popup = extensionPageSender('src/popup/index.html');
// The options page opens in a tab: the browser names the tab, as for a content script.
const optionsTab = contentScriptSender(fakeBrowser.runtime.getURL('src/options/index.html'), TAB);
const mndSite = onCourtSite('mnd', TAB);
const pacer = onPacer(TAB);

const NOBODY: [string, Sender][] = [
  [
    'another extension’s page',
    { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' },
  ],
  ['another extension’s content script on a court page', { ...mndSite, id: 'another-extension' }],
  ['a content script on a page that is no court’s', contentScriptSender('https://example.com/')],
  [
    'a content script on a court host with a port',
    contentScriptSender('https://ecf.mnd.uscourts.gov:8443/cgi-bin/iquery.pl', TAB),
  ],
  ['a court host over http', contentScriptSender('http://ecf.mnd.uscourts.gov/', TAB)],
  [
    'a look-alike of a court host',
    contentScriptSender('https://ecf.mnd.uscourts.gov.example.com/', TAB),
  ],
  ['a court page’s URL without a tab', { id: fakeBrowser.runtime.id, url: mndSite.url }],
  ['no URL at all', { id: fakeBrowser.runtime.id }],
];

let bg: ReturnType<typeof startBackground>;
let warn: MockInstance<typeof console.warn>;

/** mnd under way, iasd not tracked: most wrong messages would change something. */
beforeEach(async () => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  bg = startBackground();
  await bg.send('startCourt', { court: 'mnd', flow: 'court-link' }, popup);
  await bg.send('setPreferences', { role: 'non-attorney' }, popup);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const everything = async () => ({
  local: await fakeBrowser.storage.local.get(null),
  session: await fakeBrowser.storage.session.get(null),
  badge: await badgeOf(TAB),
});

const send = (name: MessageName, sender: Sender) => bg.send(name, REQUESTS[name], sender);

/** The harness's send rejects on any FailureReply, refusals included. */
async function expectAnswered(name: MessageName, senders: Sender[]): Promise<void> {
  for (const sender of senders) await send(name, sender);
  expect(warn).not.toHaveBeenCalled();
}

async function expectRefused(name: MessageName, sender: Sender, reason?: RegExp): Promise<void> {
  const before = await everything();
  warn.mockClear();
  await expect(send(name, sender)).rejects.toThrow(reason ?? new RegExp(`^${name} refused: `));
  expect(await everything()).toStrictEqual(before);
  expect(warn).toHaveBeenCalledTimes(1);
}

describe('a message from a sender that is neither a court page nor the extension’s own page', () => {
  describe.each(NOBODY)('%s', (_who, sender) => {
    it.each(ALL)('%s is refused and changes nothing', async (name) => {
      await expectRefused(name, sender);
    });
  });

  it('says another extension sent it', async () => {
    await expectRefused('getPreferences', NOBODY[0]![1], /sent by another extension/);
  });
});

describe('a message only the popup and options page send', () => {
  it.each(EXTENSION_PAGE_ONLY)('%s is refused from a court page or PACER', async (name) => {
    await expectRefused(name, mndSite, /a court page may not send it/);
    await expectRefused(name, pacer, /a court page may not send it/);
  });

  it.each(EXTENSION_PAGE_ONLY)('%s is answered for the popup and the options tab', async (name) => {
    await expectAnswered(name, [popup, optionsTab]);
  });
});

describe('a message only a court page sends', () => {
  it.each(COURT_PAGE_ONLY)('%s is refused from the popup and the options tab', async (name) => {
    await expectRefused(name, popup, /an extension page may not send it/);
    await expectRefused(name, optionsTab, /an extension page may not send it/);
  });

  it.each(COURT_PAGE_ONLY)('%s is answered for the court’s own site and PACER', async (name) => {
    await expectAnswered(name, [mndSite, pacer]);
  });
});

describe('a message both send', () => {
  it.each(BOTH)(
    '%s is answered for a court page, PACER, the popup and the options tab',
    async (name) => {
      for (const sender of [mndSite, pacer, popup, optionsTab]) {
        await expect(send(name, sender)).resolves.not.toThrow();
      }
    },
  );
});

describe('the court a court page acts on', () => {
  it('must be its own on a CM/ECF site', async () => {
    const nysd = { ...REQUESTS.reportPage, court: 'nysd' };
    const before = await everything();
    await expect(bg.send('reportPage', nysd, mndSite)).rejects.toThrow(
      'reportPage refused: ecf.mnd.uscourts.gov may act only on court mnd, not nysd',
    );
    await expect(bg.send('getCourtView', { court: 'nysd' }, mndSite)).rejects.toThrow(/refused/);
    await expect(bg.send('markNotNeeded', { court: 'nysd' }, mndSite)).rejects.toThrow(/refused/);
    await expect(bg.send('restartCourt', { court: 'mnd' }, onCourtSite('nysd'))).rejects.toThrow(
      /refused/,
    );
    await expect(
      bg.send('setGuidePreference', { court: 'nysd', preference: { enabled: false } }, mndSite),
    ).rejects.toThrow(/refused/);
    expect(await everything()).toStrictEqual(before);
  });

  it('is named by a CM/ECF site, not left to the PACER request under way', async () => {
    const noCourt = { ...REQUESTS.reportPage, court: null };
    await expect(bg.send('reportPage', noCourt, mndSite)).rejects.toThrow(/not none/);
    const unknownSite = contentScriptSender('https://ecf.zzz.uscourts.gov/', TAB);
    await expect(bg.send('reportPage', noCourt, unknownSite)).rejects.toThrow(
      /ecf.zzz.uscourts.gov is no known court’s site/,
    );
  });

  it('is reported as practice from a training site, and only there', async () => {
    const training = { ...REQUESTS.reportPage, training: true };
    const trainingSite = onCourtSite('mnd', TAB, true);
    await expect(bg.send('reportPage', REQUESTS.reportPage, trainingSite)).rejects.toThrow(
      /is a training site/,
    );
    await expect(bg.send('reportPage', training, mndSite)).rejects.toThrow(/not a training site/);
    const before = await fakeBrowser.storage.local.get(null);
    expect((await bg.send('reportPage', training, trainingSite))?.court).toBe('mnd');
    expect(await fakeBrowser.storage.local.get(null)).toStrictEqual(before);
    // The guide on the training site still works the real court's guide.
    expect((await bg.send('getCourtView', { court: 'mnd' }, trainingSite)).court).toBe('mnd');
  });

  it('may be any court on PACER, whose host names none', async () => {
    const nysd = { ...REQUESTS.reportPage, court: 'nysd', flow: 'pacer-request' as const };
    expect((await bg.send('reportPage', { ...nysd, step: 'court-select' }, pacer))?.court).toBe(
      'nysd',
    );
    // A page that names no court: the request under way.
    const noCourt = { ...nysd, court: null, step: 'registration-type' as const };
    expect((await bg.send('reportPage', noCourt, pacer))?.court).toBe('nysd');
    expect((await bg.send('markNotNeeded', { court: 'cacb' }, pacer)).court).toBe('cacb');
    const login = contentScriptSender('https://pacer.login.uscourts.gov/csologin/login.jsf', TAB);
    expect((await bg.send('getCourtView', { court: 'cacb' }, login)).court).toBe('cacb');
  });
});
