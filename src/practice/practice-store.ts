// The practice session in one place, for the page, the presenter and the
// practice backend, kept in browser.storage.session: a reload of the practice
// tab (the success page asks for F5) finds the demonstration where it was; it
// is gone when the browser closes; and it never touches browser.storage.local,
// where the real statuses live and the background writes.
import { browser } from '../platform/browser';
import { restoreSession, type PracticeSession } from './practice-session';

const KEY = 'practiceSession';

export interface PracticeStore {
  readonly get: () => PracticeSession;
  readonly update: (change: (session: PracticeSession) => PracticeSession) => void;
  /** Calls `listener` after each change; returns the function that stops it. */
  readonly subscribe: (listener: () => void) => () => void;
}

/** A store over `initial`; `save` gets every new session (its failures are the caller's to ignore). */
export function createPracticeStore(
  initial: PracticeSession,
  save: (session: PracticeSession) => Promise<void> = () => Promise.resolve(),
): PracticeStore {
  let session = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => session,
    update(change) {
      const next = change(session);
      if (next === session) return;
      session = next;
      // Practice goes on in memory when the session storage fails.
      save(session).catch(() => undefined);
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export async function loadSession(court: string | null): Promise<PracticeSession> {
  let stored: unknown = null;
  try {
    stored = (await browser.storage.session.get(KEY))[KEY];
  } catch {
    // No session storage (an old browser): a new session.
  }
  return restoreSession(stored, court);
}

export async function saveSession(session: PracticeSession): Promise<void> {
  await browser.storage.session.set({ [KEY]: session });
}
