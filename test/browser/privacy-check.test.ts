// @vitest-environment node
// The privacy proof's own checks, on made-up traffic: they must catch each kind
// of leak, or the browser tests that rely on them prove nothing.
import type { SeenRequest } from '../../harness/browser/extension-browser';
import type { ServerLogEntry } from '../../harness/browser/fixture-server';
import {
  SENTINELS,
  expectNoSentinelStored,
  expectOnlyFixtureTraffic,
  sentinelsIn,
} from './support/privacy';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const LOGIN = 'https://pacer.login.uscourts.gov/csologin/login.jsf';

const request = (changes: Partial<SeenRequest>): SeenRequest => ({
  url: 'https://ecf.mnd.uscourts.gov/cgi-bin/ShowIndex.pl',
  method: 'GET',
  resourceType: 'document',
  isNavigation: true,
  frameUrl: 'https://ecf.mnd.uscourts.gov/cgi-bin/ShowIndex.pl',
  fromServiceWorker: false,
  headers: {},
  body: null,
  ...changes,
});

const served = (url: string, method = 'GET', body = ''): ServerLogEntry => ({
  method,
  url: new URL(url),
  headers: {},
  body,
  status: 200,
});

const ownLoginPost = request({
  url: LOGIN,
  method: 'POST',
  frameUrl: `${LOGIN}?pscCourtId=MNDC`,
  body: `loginForm%3AloginName=${SENTINELS.pacerUsername}`,
});

const check = (requests: SeenRequest[], log: ServerLogEntry[] = []) =>
  expectOnlyFixtureTraffic(
    { requests, extensionId: EXTENSION },
    {
      log: [
        served('https://ecf.mnd.uscourts.gov/cgi-bin/ShowIndex.pl'),
        served(LOGIN, 'POST', ownLoginPost.body ?? ''),
        ...log,
      ],
    },
  );

describe('the traffic check', () => {
  it('accepts the fixture server, the extension itself and a page posting its own form', () => {
    expect(
      check([
        request({}),
        request({ url: `chrome-extension://${EXTENSION}/assets/main.js`, isNavigation: false }),
        ownLoginPost,
      ]),
    ).toEqual({ requests: 3, ownFormPosts: 1 });
  });

  it.each([
    ['another host', request({ url: 'https://telemetry.example.com/collect' })],
    ['plain http', request({ url: 'http://ecf.mnd.uscourts.gov/' })],
    [
      'the service worker on the network',
      request({
        url: 'https://ecf.mnd.uscourts.gov/cgi-bin/ShowIndex.pl',
        fromServiceWorker: true,
      }),
    ],
    [
      'another extension',
      request({ url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x' }),
    ],
    [
      'a credential sent by script',
      request({
        method: 'POST',
        isNavigation: false,
        resourceType: 'fetch',
        body: JSON.stringify({ password: SENTINELS.pacerPassword }),
      }),
    ],
    [
      'a credential in a URL',
      request({
        url: `https://ecf.mnd.uscourts.gov/cgi-bin/ShowIndex.pl?u=${SENTINELS.cmecfLogin}`,
      }),
    ],
    [
      'a credential posted to another site of the fixtures',
      request({
        url: 'https://ecf.mnd.uscourts.gov/cgi-bin/ShowIndex.pl',
        method: 'POST',
        frameUrl: LOGIN,
        body: SENTINELS.pacerPassword,
      }),
    ],
  ])('refuses %s', (_, bad) => {
    expect(() => check([bad])).toThrow(/Requests that break the rules/);
  });

  it('refuses a credential reaching the server anywhere but a form’s own action', () => {
    expect(() =>
      check(
        [],
        [served('https://ecf.mnd.uscourts.gov/cgi-bin/log.pl', 'POST', SENTINELS.cmecfPassword)],
      ),
    ).toThrow(/outside the pages' own forms/);
  });
});

describe('the storage check', () => {
  const browser = (local: Record<string, unknown>, cookies: unknown[] = []) => ({
    storage: () => Promise.resolve({ local, sync: {}, session: {} }),
    context: { cookies: () => Promise.resolve(cookies) },
  });

  it('accepts storage without the typed strings', async () => {
    await expect(
      expectNoSentinelStored(browser({ statuses: { mnd: { status: 'linked' } } })),
    ).resolves.toBeUndefined();
  });

  it.each([
    ['as typed', { last: SENTINELS.pacerPassword }],
    ['lower-cased', { last: SENTINELS.pacerUsername.toLowerCase() }],
    ['URL-encoded', { last: encodeURIComponent(SENTINELS.cmecfPassword) }],
    ['in base64', { last: Buffer.from(SENTINELS.cmecfLogin).toString('base64') }],
  ])('finds a credential stored %s', async (_, local) => {
    await expect(expectNoSentinelStored(browser(local))).rejects.toThrow(/typed credentials/);
  });

  it('finds a credential in a cookie', async () => {
    await expect(
      expectNoSentinelStored(browser({}, [{ name: 'u', value: SENTINELS.clientCode }])),
    ).rejects.toThrow(/cookie/);
  });

  it('knows every sentinel', () => {
    expect(sentinelsIn(Object.values(SENTINELS).join(' '))).toHaveLength(5);
  });
});
