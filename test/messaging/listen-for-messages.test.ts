// The receiving end: only known messages with valid requests reach a handler,
// and every failure comes back to the sender as a reason, never as silence.
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Handlers } from '../../src/messaging/listen-for-messages';
import { answer, listenForMessages } from '../../src/messaging/listen-for-messages';
import { sendMessage } from '../../src/messaging/send-message';
import { StorageFullError } from '../../src/storage/storage-full';
import { contentScriptSender, extensionPageSender } from '../support/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

const preferences = { role: null, textSize: 'standard', guide: {} } as const;
const popup = extensionPageSender();

function handlersWith(overrides: Partial<Handlers>): Handlers {
  return overrides as Handlers;
}

describe('answer', () => {
  it('passes a valid request to its handler, with the sender', async () => {
    const untrackCourt = vi.fn(() => Promise.resolve(null));
    expect(
      await answer(
        handlersWith({ untrackCourt }),
        { name: 'untrackCourt', request: { court: 'mnd' } },
        popup,
      ),
    ).toBeNull();
    expect(untrackCourt).toHaveBeenCalledWith({ court: 'mnd' }, popup);
  });

  it('strips what the request schema does not know', async () => {
    const setPreferences = vi.fn(() => Promise.resolve(preferences));
    await answer(
      handlersWith({ setPreferences }),
      { name: 'setPreferences', request: { textSize: 'large', extra: 1 } },
      popup,
    );
    expect(setPreferences).toHaveBeenCalledWith({ textSize: 'large' }, popup);
  });

  it.each([
    ['not an object', 'hello'],
    ['no name', { request: {} }],
    ['an unknown name', { name: 'deleteEverything', request: {} }],
    ['a name from the object prototype', { name: 'toString', request: {} }],
  ])('refuses a message with %s', async (_what, message) => {
    expect(await answer(handlersWith({}), message, {})).toStrictEqual({
      pacerLinkGuideError: 'not a message of PACER Link Guide',
    });
  });

  it('refuses an invalid request without calling the handler', async () => {
    const getCourtView = vi.fn();
    const reply = await answer(
      handlersWith({ getCourtView }),
      { name: 'getCourtView', request: { court: 42 } },
      {},
    );
    expect(reply).toStrictEqual({
      pacerLinkGuideError: expect.stringMatching(/^getCourtView: court: /) as string,
    });
    expect(getCourtView).not.toHaveBeenCalled();
  });

  it('turns a handler failure into a reply', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const getPreferences = () => Promise.reject(new Error('disk full'));
    expect(
      await answer(
        handlersWith({ getPreferences }),
        { name: 'getPreferences', request: {} },
        popup,
      ),
    ).toStrictEqual({
      pacerLinkGuideError: 'getPreferences failed: disk full',
    });
  });
});

describe('a message from a sender it is not for', () => {
  it('is refused with the reason, and a warning, before its handler runs', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const importStatuses = vi.fn();
    const reply = await answer(
      handlersWith({ importStatuses }),
      { name: 'importStatuses', request: { statuses: {} } },
      contentScriptSender('https://ecf.mnd.uscourts.gov/cgi-bin/iquery.pl'),
    );
    expect(reply).toStrictEqual({
      pacerLinkGuideError: 'importStatuses refused: a court page may not send it',
    });
    expect(importStatuses).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(
      'PACER Link Guide: importStatuses refused: a court page may not send it',
      expect.anything(),
    );
  });

  it('reaches sendMessage’s caller as the reason', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    listenForMessages(handlersWith({ getCourtView: vi.fn() }));
    // This test window is jsdom's own page: the fake browser names it the extension's page.
    await expect(sendMessage('getCourtView', { court: 'mnd' })).rejects.toThrow(
      'getCourtView refused: an extension page may not send it',
    );
  });
});

describe('listenForMessages and sendMessage', () => {
  it('carry a request and its response, and stop when told', async () => {
    const stop = listenForMessages(
      handlersWith({ getPreferences: () => Promise.resolve(preferences) }),
    );
    expect(await sendMessage('getPreferences', {})).toStrictEqual(preferences);
    stop();
    await expect(sendMessage('getPreferences', {})).rejects.toThrow();
  });

  it('tell the sender when storage was full, so that it can say so in the filer’s words', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const full = new StorageFullError(new Error('Resource::kQuotaBytes quota exceeded'));
    listenForMessages(handlersWith({ setPreferences: () => Promise.reject(full) }));
    await expect(sendMessage('setPreferences', { role: 'attorney' })).rejects.toMatchObject({
      name: 'MessageFailed',
      kind: 'storage-full',
      message: 'setPreferences failed: Resource::kQuotaBytes quota exceeded',
    });
    await expect(sendMessage('getPreferences', {})).rejects.toMatchObject({ kind: null });
  });

  it('reject with the reason the receiver gave', async () => {
    listenForMessages(handlersWith({}));
    await expect(sendMessage('getPreferences', {})).rejects.toThrow(
      'not a message of PACER Link Guide',
    );
  });
});
