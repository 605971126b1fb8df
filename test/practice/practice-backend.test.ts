// The practice backend answers the guide as the background does, by the same
// reducer, over the practice session's own statuses; the real ones are never
// touched, and nothing is sent to the background.
import { fakeBrowser } from '@webext-core/fake-browser';
import { createHandlers } from '../../src/background/handlers';
import type { PageReport } from '../../src/messaging/protocol';
import { listenForMessages } from '../../src/messaging/listen-for-messages';
import { createPracticeBackend } from '../../src/practice/practice-backend';
import { newSession } from '../../src/practice/practice-session';
import { createPracticeStore } from '../../src/practice/practice-store';
import { createCourtStore } from '../../src/storage/court-store';
import { report as pageReport, T0 } from '../progress/builders';
import { clickOnPage, closePractice, guideOn, openPractice } from './practice-harness';

const report = (fields: Partial<PageReport>): PageReport =>
  pageReport({ court: 'mnd', flow: 'court-link', ...fields });

function practiceBackend(court = 'mnd') {
  const store = createPracticeStore(newSession(court));
  return { store, backend: createPracticeBackend(store, () => T0) };
}

describe('the practice backend', () => {
  it('follows the pages with the status reducer, up to linked', async () => {
    const { store, backend } = practiceBackend();
    const view = await backend.reportPage(
      report({ step: 'utilities', linkSign: 'pacer-only-menus' }),
    );
    expect(view?.status).toMatchObject({
      status: 'in-progress',
      flow: 'court-link',
      step: 'utilities',
    });
    await backend.reportPage(report({ step: 'link-done', linkSign: 'link-done' }));
    expect(store.get().statuses.mnd).toMatchObject({
      status: 'linked',
      source: { kind: 'detected', evidence: 'link-done' },
    });
  });

  it('counts PACER’s pages, which name no court, for the simulated court', async () => {
    const { store, backend } = practiceBackend('cacb');
    const view = await backend.reportPage(
      report({ court: null, flow: 'pacer-request', step: 'maintenance' }),
    );
    expect(view?.court).toBe('cacb');
    expect(store.get().statuses.cacb).toMatchObject({ status: 'in-progress', step: 'maintenance' });
  });

  it('leaves the status alone on a training site, as the background does', async () => {
    const { store, backend } = practiceBackend();
    await backend.reportPage(report({ step: 'ecf-main', training: true }));
    expect(store.get().statuses).toEqual({});
  });

  it('keeps the guide’s preferences and restarts a court, in the practice only', async () => {
    const { store, backend } = practiceBackend();
    await backend.reportPage(report({ step: 'link-form' }));
    expect((await backend.setGuidePreference('mnd', { collapsed: true })).guide).toEqual({
      collapsed: true,
      enabled: true,
    });
    expect(store.get().guide.mnd?.collapsed).toBe(true);
    const restarted = await backend.restartCourt('mnd');
    expect(restarted.status).toEqual({ status: 'not-started', at: T0 });
    expect(store.get().statuses.mnd?.status).toBe('not-started');
  });

  it('starts the demonstrated flow from its first page, the everyday pages included', async () => {
    const { store, backend } = practiceBackend();
    await backend.reportPage(report({ step: 'ecf-home' }));
    expect(store.get().statuses.mnd).toMatchObject({ status: 'in-progress', step: 'ecf-home' });
  });

  // The drifts the shared changes removed: each as the background does it.
  it('tracks the simulated court only once it has a status, as the background does', async () => {
    const { backend } = practiceBackend();
    expect((await backend.getCourtView('mnd')).tracked).toBe(false);
    await backend.reportPage(report({ step: 'utilities' }));
    expect((await backend.getCourtView('mnd')).tracked).toBe(true);
  });

  it('adds no court for a restart that leaves it not started', async () => {
    const { store, backend } = practiceBackend();
    await backend.restartCourt('cacb');
    expect(store.get().statuses).toEqual({});
  });

  it('changes nothing, and saves nothing, for a guide choice already made', async () => {
    const { store, backend } = practiceBackend();
    const heard = vi.fn();
    store.subscribe(heard);
    await backend.setGuidePreference('mnd', { collapsed: false });
    expect(heard).not.toHaveBeenCalled();
    expect(store.get().guide).toEqual({});
  });

  it('gives a PACER page that names several courts to none of them', async () => {
    const { store, backend } = practiceBackend();
    const named = report({
      court: null,
      courtsNamed: ['iasd', 'txwd'],
      flow: 'pacer-request',
      step: 'request-submitted',
    });
    expect(await backend.reportPage(named)).toBeNull();
    expect(store.get().statuses.mnd?.status).not.toBe('requested');
  });

  it('follows each court the history lists, as the background does', async () => {
    const { store, backend } = practiceBackend();
    await backend.reportPage(
      report({
        court: null,
        flow: 'pacer-request',
        step: 'registration-history',
        registrations: [
          { court: 'mnd', status: 'Pending', state: 'pending' },
          { court: 'cob', status: 'Processed', state: 'processed' },
        ],
      }),
    );
    expect(store.get().statuses).toMatchObject({
      mnd: { status: 'requested' },
      cob: { status: 'linked', source: { evidence: 'request-processed' } },
    });
  });

  it('gives the guide the presenter’s text size and no role', async () => {
    const { store, backend } = practiceBackend();
    store.update((session) => ({ ...session, textSize: 'larger' }));
    expect(await backend.getPreferences()).toEqual({ role: null, textSize: 'larger' });
  });
});

describe('the real statuses', () => {
  afterEach(closePractice);

  it('are never touched: the practice court sends nothing to the background', async () => {
    fakeBrowser.reset();
    const real = { mnd: { status: 'not-started', at: T0 } };
    await fakeBrowser.storage.local.set({ version: 1, statuses: real });
    listenForMessages(createHandlers(createCourtStore(fakeBrowser.storage.local, () => T0)));
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');

    const { store } = await openPractice({ court: 'mnd', page: 'link-confirm' });
    await guideOn('link-confirm');
    await clickOnPage('input[type="submit"]');
    await guideOn('link-done');
    await vi.waitFor(() => expect(store.get().statuses.mnd?.status).toBe('linked'));

    expect(sent).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('statuses')).statuses).toEqual(real);
  });
});
