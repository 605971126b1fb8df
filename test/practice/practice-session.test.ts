// The practice session: read back after a reload (or started afresh), and
// changed by the presenter's controls.
import { fakeBrowser } from '@webext-core/fake-browser';
import {
  currentUrl,
  loadKey,
  newSession,
  restoreSession,
} from '../../src/practice/practice-session';
import { createPracticeStore, loadSession, saveSession } from '../../src/practice/practice-store';
import { chooseCourt, goTo, restart } from '../../src/practice/session-changes';
import { inProgress, linked } from '../progress/builders';

describe('restoring a session', () => {
  it('starts afresh in a district court when nothing, or nothing valid, was kept', () => {
    expect(restoreSession(undefined, null)).toEqual(newSession());
    expect(newSession().court).toBe('mnd');
    expect(restoreSession({ ...newSession(), page: 'docket' }, null)).toEqual(newSession());
    expect(
      restoreSession({ ...newSession(), statuses: { mnd: { status: 'done' } } }, null),
    ).toEqual(newSession());
  });

  it('keeps the demonstration where it was, with its practice statuses', () => {
    const kept = {
      ...newSession('cacb'),
      page: 'payment',
      variant: 'court-missing',
      statuses: { cacb: inProgress('pacer-request', 'payment') },
    };
    expect(restoreSession(JSON.parse(JSON.stringify(kept)), null)).toEqual(kept);
  });

  it('shows the filing menus after a reload of the success page, as F5 does', () => {
    const kept = { ...newSession(), page: 'link-done', statuses: { mnd: linked() } };
    expect(restoreSession(kept, null).page).toBe('ecf-main-linked');
  });

  it('simulates the court the address asks for, when it is one', () => {
    expect(restoreSession(newSession(), 'ncmb').court).toBe('ncmb');
    expect(restoreSession(newSession(), 'nowhere').court).toBe('mnd');
  });

  it('round-trips through the browser’s session storage, not the local one', async () => {
    fakeBrowser.reset();
    await saveSession({ ...newSession('iasd'), page: 'utilities' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await loadSession(null)).toMatchObject({ court: 'iasd', page: 'utilities' });
  });
});

describe('changing a session', () => {
  it('notifies only on a change, and saves each change', () => {
    const saved: string[] = [];
    const store = createPracticeStore(newSession(), (session) => {
      saved.push(session.page);
      return Promise.resolve();
    });
    const heard = vi.fn();
    const stop = store.subscribe(heard);
    store.update((session) => session);
    store.update((session) => goTo(session, 'utilities'));
    stop();
    store.update((session) => goTo(session, 'link-form'));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(saved).toEqual(['utilities', 'link-form']);
  });

  it('goes on in memory when the session storage fails', () => {
    const store = createPracticeStore(newSession(), () => Promise.reject(new Error('quota')));
    store.update((session) => goTo(session, 'utilities'));
    expect(store.get().page).toBe('utilities');
  });

  it('keeps the status within a flow, and forgets it on a move to the other flow', () => {
    const session = { ...newSession(), page: 'link-done' as const, statuses: { mnd: linked() } };
    expect(goTo(session, 'utilities').statuses.mnd).toEqual(linked());
    expect(goTo(session, 'pacer-home').statuses).toEqual({});
  });

  it('restarts at the first page of the flow, with no practice status', () => {
    const session = { ...newSession(), page: 'terms' as const, statuses: { mnd: linked() } };
    expect(restart(session)).toMatchObject({ page: 'pacer-home', statuses: {}, epoch: 1 });
  });

  it('is one page load for Manage My Account and its Maintenance tab, and a new one elsewhere', () => {
    const account = { ...newSession(), page: 'manage-account' as const };
    expect(loadKey({ ...account, page: 'maintenance' })).toBe(loadKey(account));
    expect(loadKey({ ...account, page: 'court-select' })).not.toBe(loadKey(account));
    expect(loadKey(chooseCourt(account, 'cacb'))).not.toBe(loadKey(account));
    expect(loadKey({ ...account, variant: 'names-differ' })).not.toBe(loadKey(account));
    expect(loadKey({ ...account, textSize: 'larger' })).not.toBe(loadKey(account));
    expect(loadKey(restart(account))).not.toBe(loadKey(account));
  });

  it('tells recognition the address of the page shown', () => {
    expect(currentUrl({ ...newSession('ncmb'), page: 'link-form' }).href).toBe(
      'https://ecf.ncmb.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
  });
});
