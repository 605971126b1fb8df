// @webext-core/fake-browser leaves `permissions` and `runtime.getManifest`
// unimplemented: this stands in for them with the one thing the extension
// asks, the court sites of the real manifest, granted or not.
import { fakeBrowser } from '@webext-core/fake-browser';
import manifest from '../../manifest.json' with { type: 'json' };

export const COURT_SITES = manifest.host_permissions;

/** What permissions.request and .contains take, as far as the extension uses it. */
interface Requested {
  readonly origins?: readonly string[];
}

type Listener = (permissions: Requested) => void;

/** The promise form the extension calls (the in-memory browser is typed with Chrome's callbacks). */
interface PermissionsApi {
  contains(permissions: Requested): Promise<boolean>;
  request(permissions: Requested): Promise<boolean>;
  onAdded: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  onRemoved: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

export interface FakeSiteAccess {
  /** The filer's answer to the browser's prompt. */
  answer: boolean;
  /** Every permissions.request, with what it asked for. */
  readonly requests: Requested[];
  /** Granted or withdrawn outside the popup (about:addons, the site menu). */
  set(granted: boolean): void;
}

export function fakeSiteAccess({ granted }: { granted: boolean }): FakeSiteAccess {
  let current = granted;
  const added: Listener[] = [];
  const removed: Listener[] = [];
  const access: FakeSiteAccess = {
    answer: true,
    requests: [],
    set(granted) {
      if (granted === current) return;
      current = granted;
      for (const listener of granted ? added : removed) listener({ origins: COURT_SITES });
    },
  };
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(manifest as never);
  const permissions = fakeBrowser.permissions as unknown as PermissionsApi;
  vi.spyOn(permissions, 'contains').mockImplementation(({ origins = [] }: Requested) =>
    Promise.resolve(current || origins.length === 0),
  );
  vi.spyOn(permissions, 'request').mockImplementation((asked: Requested) => {
    access.requests.push(asked);
    if (access.answer) access.set(true);
    return Promise.resolve(access.answer);
  });
  for (const [event, listeners] of [
    [permissions.onAdded, added],
    [permissions.onRemoved, removed],
  ] as const) {
    vi.spyOn(event, 'addListener').mockImplementation((listener) => {
      listeners.push(listener);
    });
    vi.spyOn(event, 'removeListener').mockImplementation((listener) => {
      listeners.splice(listeners.indexOf(listener), 1);
    });
  }
  return access;
}
