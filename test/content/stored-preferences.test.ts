// The guide reads its text size and role from storage itself, and asks the
// background only for data the background has yet to migrate or repair.
import { fakeBrowser } from '@webext-core/fake-browser';
import { messagingBackend, messagingBackendWith } from '../../src/content/messaging-backend';
import type { Handlers } from '../../src/messaging/listen-for-messages';
import { listenForMessages } from '../../src/messaging/listen-for-messages';
import { DEFAULT_PREFERENCES } from '../../src/progress/preferences';

const REPAIRED = { role: 'attorney', textSize: 'larger', guide: {} } as const;
let asked: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  asked = vi.fn(() => Promise.resolve(REPAIRED));
  listenForMessages({ getPreferences: asked } as unknown as Handlers);
});

describe('the guide’s preferences', () => {
  it('are the defaults on a new installation, without waking the background', async () => {
    expect(await messagingBackend.getPreferences()).toMatchObject(DEFAULT_PREFERENCES);
    expect(asked).not.toHaveBeenCalled();
  });

  it('come from storage when they are this version’s', async () => {
    const preferences = { role: 'non-attorney', textSize: 'large', guide: {} };
    await fakeBrowser.storage.local.set({ version: 1, preferences });
    expect(await messagingBackend.getPreferences()).toMatchObject({
      role: 'non-attorney',
      textSize: 'large',
    });
    expect(asked).not.toHaveBeenCalled();
  });

  it.each([
    ['an earlier version', { version: 0, preferences: { role: null, textSize: 'large' } }],
    ['no version', { preferences: { role: null, textSize: 'large' } }],
    ['an unknown text size', { version: 1, preferences: { role: null, textSize: 'huge' } }],
    ['an unknown role', { version: 1, preferences: { role: 'judge', textSize: 'large' } }],
    ['no preferences at all', { version: 1, preferences: 'large' }],
  ] as const)(
    'are the background’s to read from %s',
    async (_, stored: Record<string, unknown>) => {
      await fakeBrowser.storage.local.set(stored);
      expect(await messagingBackend.getPreferences()).toStrictEqual(REPAIRED);
      expect(asked).toHaveBeenCalledTimes(1);
    },
  );

  it('are the background’s to read when storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
    expect(await messagingBackend.getPreferences()).toStrictEqual(REPAIRED);
    expect(asked).toHaveBeenCalledTimes(1);
  });
});

describe('the guide’s preferences read early by the gate', () => {
  const early = (stored: Record<string, unknown>) => Promise.resolve(stored);

  it('are taken from the early read, and storage is not read again', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    get.mockClear();
    const backend = messagingBackendWith(
      early({ version: 1, preferences: { role: 'attorney', textSize: 'large', guide: {} } }),
    );
    expect(await backend.getPreferences()).toMatchObject({ role: 'attorney', textSize: 'large' });
    expect(get).not.toHaveBeenCalled();
    expect(asked).not.toHaveBeenCalled();
  });

  it('are read afresh the second time: the early read is of the page’s load', async () => {
    await fakeBrowser.storage.local.set({
      version: 1,
      preferences: { role: 'non-attorney', textSize: 'larger', guide: {} },
    });
    const backend = messagingBackendWith(early({}));
    expect(await backend.getPreferences()).toMatchObject(DEFAULT_PREFERENCES);
    expect(await backend.getPreferences()).toMatchObject({ textSize: 'larger' });
  });

  it('are the background’s to read when the early read failed or found old data', async () => {
    const failed = Promise.reject(new Error('IO error'));
    expect(await messagingBackendWith(failed).getPreferences()).toStrictEqual(REPAIRED);
    const old = early({ version: 0, preferences: { role: null, textSize: 'large' } });
    expect(await messagingBackendWith(old).getPreferences()).toStrictEqual(REPAIRED);
    expect(asked).toHaveBeenCalledTimes(2);
  });
});
