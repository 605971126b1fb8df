// The gate's storage read, without the polyfill: the callback form of the
// `chrome` global, which both browsers give content scripts.
import { readStorageEarly } from '../../src/platform/read-storage-early';

interface FakeChrome {
  storage: { local: { get: ReturnType<typeof vi.fn> } };
  runtime: { lastError?: { message: string } };
}

function fakeChrome(answer: (keys: string[], reply: (items: object) => void) => void): FakeChrome {
  const chrome: FakeChrome = {
    storage: { local: { get: vi.fn(answer) } },
    runtime: {},
  };
  vi.stubGlobal('chrome', chrome);
  return chrome;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readStorageEarly', () => {
  it('asks for exactly the keys given and resolves with what storage holds', async () => {
    const chrome = fakeChrome((_, reply) => reply({ version: 1 }));
    await expect(readStorageEarly(['version', 'preferences'])).resolves.toStrictEqual({
      version: 1,
    });
    expect(chrome.storage.local.get).toHaveBeenCalledWith(
      ['version', 'preferences'],
      expect.any(Function),
    );
  });

  it('rejects when the browser reports an error for the read', async () => {
    const chrome = fakeChrome((_, reply) => {
      chrome.runtime.lastError = { message: 'IO error' };
      reply({});
      delete chrome.runtime.lastError;
    });
    await expect(readStorageEarly(['version'])).rejects.toThrow('IO error');
  });

  it('rejects, not throws, when the extension is gone from under the page', async () => {
    fakeChrome(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(readStorageEarly(['version'])).rejects.toThrow('Extension context invalidated.');
  });
});
