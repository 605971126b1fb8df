import { useEffect, useState } from 'preact/hooks';
import type { PracticeSession } from '../practice-session';
import type { PracticeStore } from '../practice-store';

/** The session as it is now, re-rendering the component on every change. */
export function usePracticeSession(store: PracticeStore): PracticeSession {
  const [session, setSession] = useState(store.get());
  useEffect(() => {
    setSession(store.get());
    return store.subscribe(() => setSession(store.get()));
  }, [store]);
  return session;
}
