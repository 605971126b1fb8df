// Each effect of the guide's state machine, done on a page: what reaches the
// page, the background and the timers, and which event comes back.
import { reportOf } from '../../src/detection/page-report';
import { bundledGuideCode } from '../../src/guide/bundled-guide-code';
import type { GuideCode } from '../../src/guide/guide-code';
import {
  INITIAL_GUIDE_STATE,
  type GuideEvent,
  type GuideState,
  type Question,
} from '../../src/guide/guide-state';
import {
  createGuideEdge,
  TARGET_WAIT_MS,
  type GuideEdge,
} from '../../src/guide/perform-guide-effects';
import { HOST_SELECTOR } from '../../src/guide/mount-guide';
import { courtView, fakeGuideBackend, type FakeBackend } from '../support/fake-guide-backend';
import { guideHost, guideShadow, inGuide, showFixture, showPage } from '../support/show-page';

// The guide's buttons are pressed with jsdom's events, which no person causes
// (isTrusted false); guide-trusted-events.test.ts checks the real rule.
vi.mock('../../src/guide/from-person', () => ({ fromPerson: () => true }));

const LINK_FORM = {
  file: 'authored/mnd-link-form-table.html',
  url: 'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
};
const NAMES_DIFFER = {
  file: 'authored/cacb-link-confirm-names-differ.html',
  url: 'https://ecf.cacb.uscourts.gov/cgi-bin/LinkAccount.pl',
};
const LOGIN = {
  file: 'authored/mnd-pacer-login.html',
  url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=MNDC&appurl=https%3A%2F%2Fecf.mnd.uscourts.gov%2F',
};
const DOCKET = {
  file: 'real/nysd_nextgen16_pacer_only_menu_docket_rendered.html',
  url: 'https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?559595',
};
const UTILITIES_WITHOUT_TARGET = `<div id="topmenu" class="yuimenubar"><a class="yuimenubaritemlabel" href="/cgi-bin/iquery.pl">Query</a></div>
  <h2>Utilities</h2><h3>Your Account</h3><p>Nothing else here yet.</p>`;

interface Rig {
  readonly edge: GuideEdge;
  readonly backend: FakeBackend;
  readonly events: GuideEvent[];
  /** Sets the state the edge reads, from the page as recognised now. */
  readonly set: (fields?: Partial<GuideState>) => void;
}

let rig: Rig | undefined;
afterEach(() => {
  rig?.edge.perform('unmount');
  rig?.edge.perform('stopWatching');
  rig = undefined;
  vi.useRealTimers();
});

function on(where: { file: string; url: string } | string, code: Partial<GuideCode> = {}): Rig {
  if (typeof where === 'string')
    showPage(where, 'https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities');
  else showFixture(where.file, where.url);
  const backend = fakeGuideBackend();
  const events: GuideEvent[] = [];
  let state: GuideState = INITIAL_GUIDE_STATE;
  const edge = createGuideEdge({
    window,
    backend,
    code: { ...bundledGuideCode, ...code },
    url: () => new URL(window.location.href),
    cookiesBlocked: () => false,
    state: () => state,
    dispatch: (event) => events.push(event),
  });
  rig = {
    edge,
    backend,
    events,
    set: (fields = {}) => {
      state = { ...INITIAL_GUIDE_STATE, phase: 'running', page: edge.recognise(), ...fields };
    },
  };
  return rig;
}

const ofType = <T extends GuideEvent['type']>(events: GuideEvent[], type: T) =>
  events.filter((event): event is Extract<GuideEvent, { type: T }> => event.type === type);

describe('recognise', () => {
  it('answers with the page as recognition sees it', () => {
    const { edge, events } = on(LINK_FORM);
    edge.perform('recognise');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'recognised',
      page: { court: 'mnd', step: 'link-form' },
    });
  });
});

describe('readSettings', () => {
  it('answers with the preferences', async () => {
    const { edge, events, backend } = on(LINK_FORM);
    backend.preferences = { ...backend.preferences, textSize: 'larger' };
    edge.perform('readSettings');
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toEqual({ type: 'settingsRead', settings: backend.preferences });
  });

  it('answers with nothing when the background cannot answer', async () => {
    const { edge, events, backend } = on(LINK_FORM);
    backend.getPreferences = vi.fn().mockRejectedValue(new Error('Extension context invalidated.'));
    edge.perform('readSettings');
    await vi.waitFor(() => expect(events).toEqual([{ type: 'settingsRead', settings: null }]));
  });
});

describe('draw', () => {
  it('mounts the guide, draws the step, and says what it drew', async () => {
    const { edge, events, set } = on(LINK_FORM);
    set({ settings: { role: null, textSize: 'large' } });
    edge.perform('draw');
    expect(guideHost()).not.toBeNull();
    expect(events).toEqual([{ type: 'drawn', targetMissing: false, bubble: true }]);
    await vi.waitFor(() => expect(inGuide('[data-part="hint"]')).not.toBeNull());
    expect(guideHost()?.dataset).toMatchObject({ court: 'mnd', step: 'link-form' });
    expect(inGuide('.layer')?.style.getPropertyValue('--guide-font')).toBe('18px');
  });

  it('mounts once, however often it draws', () => {
    const { edge, set } = on(LINK_FORM);
    set();
    edge.perform('draw');
    edge.perform('draw');
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
  });

  it('draws nothing when there is no page for the guide', () => {
    const { edge, events, set } = on(LINK_FORM);
    set({ page: null });
    edge.perform('draw');
    expect(guideHost()).toBeNull();
    expect(events).toEqual([]);
  });

  it('says the target is missing, and shows the wait or its end as the state says', async () => {
    const { edge, events, set } = on(UTILITIES_WITHOUT_TARGET);
    set({ targetWait: 'waiting' });
    edge.perform('draw');
    expect(events).toEqual([{ type: 'drawn', targetMissing: true, bubble: true }]);
    await vi.waitFor(() =>
      expect(inGuide('[data-part="missing"]')?.textContent).toContain('Looking for'),
    );
    set({ targetWait: 'over' });
    edge.perform('draw');
    await vi.waitFor(() =>
      expect(inGuide('[data-part="missing"]')?.textContent).toContain('Can’t find'),
    );
  });

  it('draws a pill for a collapsed guide, which is no bubble', () => {
    const { edge, events, set } = on(LINK_FORM);
    set({ court: courtView({ guide: { collapsed: true, enabled: true } }) });
    edge.perform('draw');
    expect(inGuide('[data-part="pill"]')).not.toBeNull();
    expect(events).toEqual([{ type: 'drawn', targetMissing: false, bubble: false }]);
  });

  it('turns the filer’s presses into events', async () => {
    const { edge, events, set } = on(LINK_FORM);
    set({ court: courtView() });
    edge.perform('draw');
    await vi.waitFor(() => expect(inGuide('[data-action="restart"]')).not.toBeNull());
    events.length = 0;
    for (const action of ['collapse', 'restart', 'turn-off'])
      inGuide(`[data-action="${action}"]`)?.click();
    expect(events).toEqual([
      { type: 'collapse', focusInGuide: false },
      { type: 'restart' },
      { type: 'turnOff' },
    ]);
  });

  it('follows the username’s length, never its text, with one listener however often it draws', () => {
    const { edge, events, set } = on(LOGIN);
    set();
    edge.perform('draw');
    edge.perform('draw');
    const username = document.getElementById('loginForm:loginName') as HTMLInputElement;
    username.value = 'jdoe12';
    username.dispatchEvent(new Event('input', { bubbles: true }));
    expect(ofType(events, 'usernameTyped')).toEqual([{ type: 'usernameTyped', length: 6 }]);
  });

  it('asks for the help desks where one is drawn, and draws the one the state holds', async () => {
    const { edge, events, set } = on(NAMES_DIFFER);
    set();
    edge.perform('draw');
    await vi.waitFor(() => expect(ofType(events, 'helpDesksWanted').length).toBeGreaterThan(0));
    expect(inGuide('[data-part="help-desk"]')).toBeNull();
    const { helpDeskOf } = await bundledGuideCode.helpDesks();
    set({ helpDesks: helpDeskOf });
    edge.perform('draw');
    await vi.waitFor(() => expect(inGuide('[data-part="help-desk"]')?.dataset.court).toBe('cacb'));
  });
});

describe('unmount', () => {
  it('takes the guide off the page, and may be done twice', () => {
    const { edge, set } = on(LINK_FORM);
    set();
    edge.perform('draw');
    edge.perform('unmount');
    expect(guideHost()).toBeNull();
    edge.perform('unmount');
    // Drawn again, it mounts afresh.
    edge.perform('draw');
    expect(guideHost()).not.toBeNull();
  });
});

describe('preloadOverlay', () => {
  it('fetches the overlay for a step page', () => {
    const overlay = vi.fn(bundledGuideCode.overlay);
    const { edge, set } = on(LINK_FORM, { overlay });
    set();
    edge.perform('preloadOverlay');
    expect(overlay).toHaveBeenCalledTimes(1);
    expect(guideHost()).toBeNull();
  });

  it('fetches nothing for a page that gets no bubble', () => {
    const overlay = vi.fn(bundledGuideCode.overlay);
    const { edge, set } = on(DOCKET, { overlay });
    set();
    edge.perform('preloadOverlay');
    expect(overlay).not.toHaveBeenCalled();
  });

  it('lets a fetch that fails go', async () => {
    const overlay = vi.fn(() => Promise.reject(new Error('Extension context invalidated.')));
    const { edge, set } = on(LINK_FORM, { overlay });
    set();
    edge.perform('preloadOverlay');
    await expect(overlay.mock.results[0]?.value).rejects.toThrow();
  });
});

describe('ask', () => {
  const view = courtView();
  const questions: [Question, keyof FakeBackend, unknown[]][] = [
    [{ ask: 'getCourtView', court: 'mnd' }, 'getCourtView', ['mnd']],
    [
      { ask: 'setGuidePreference', court: 'mnd', change: { collapsed: true } },
      'setGuidePreference',
      ['mnd', { collapsed: true }],
    ],
    [{ ask: 'restartCourt', court: 'mnd' }, 'restartCourt', ['mnd']],
    [{ ask: 'markNotNeeded', court: 'mnd' }, 'markNotNeeded', ['mnd']],
  ];

  it.each(questions)(
    '%o is put to the background, and its answer comes back',
    async (question, method, args) => {
      const { edge, events, backend } = on(LINK_FORM);
      const asked = vi.fn().mockResolvedValue(view);
      Object.assign(backend, { [method]: asked });
      edge.perform(question);
      await vi.waitFor(() => expect(events).toEqual([{ type: 'answered', question, court: view }]));
      expect(asked).toHaveBeenCalledWith(...args);
    },
  );

  it('reports the page', async () => {
    const { edge, events, backend } = on(LINK_FORM);
    const report = reportOf(edge.recognise());
    const question: Question = { ask: 'reportPage', report };
    edge.perform(question);
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(backend.reports).toEqual([report]);
    expect(events[0]).toMatchObject({ type: 'answered', court: { court: 'mnd' } });
  });

  it('answers with nothing when the background fails, at once or later', async () => {
    const { edge, events, backend } = on(LINK_FORM);
    Object.assign(backend, {
      getCourtView: vi.fn().mockRejectedValue(new Error('Extension context invalidated.')),
      restartCourt: vi.fn(() => {
        throw new Error('Extension context invalidated.');
      }),
    });
    edge.perform({ ask: 'getCourtView', court: 'mnd' });
    edge.perform({ ask: 'restartCourt', court: 'mnd' });
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(events.map((event) => event.type === 'answered' && event.court)).toEqual([null, null]);
  });
});

describe('loadHelpDesks', () => {
  it('answers with the lookup', async () => {
    const { edge, events } = on(NAMES_DIFFER);
    const { helpDeskOf } = await bundledGuideCode.helpDesks();
    edge.perform('loadHelpDesks');
    await vi.waitFor(() =>
      expect(events).toEqual([{ type: 'helpDesksLoaded', lookup: helpDeskOf }]),
    );
  });

  it.each([
    ['later', () => Promise.reject(new Error('Extension context invalidated.'))],
    [
      'at once',
      () => {
        throw new Error('Extension context invalidated.');
      },
    ],
  ])('answers with nothing when they cannot be loaded (%s)', async (_when, helpDesks) => {
    const { edge, events } = on(NAMES_DIFFER, { helpDesks });
    edge.perform('loadHelpDesks');
    await vi.waitFor(() => expect(events).toEqual([{ type: 'helpDesksLoaded', lookup: null }]));
  });
});

describe('the wait for a missing target', () => {
  it('ends with an event after TARGET_WAIT_MS', () => {
    vi.useFakeTimers();
    const { edge, events } = on(LINK_FORM);
    edge.perform('startTargetWait');
    vi.advanceTimersByTime(TARGET_WAIT_MS - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual([{ type: 'targetWaitOver' }]);
  });

  it('says nothing once stopped, and one start replaces another', () => {
    vi.useFakeTimers();
    const { edge, events } = on(LINK_FORM);
    edge.perform('startTargetWait');
    edge.perform('stopTargetWait');
    vi.advanceTimersByTime(TARGET_WAIT_MS * 2);
    expect(events).toEqual([]);
    edge.perform('startTargetWait');
    edge.perform('startTargetWait');
    vi.advanceTimersByTime(TARGET_WAIT_MS * 2);
    expect(events).toEqual([{ type: 'targetWaitOver' }]);
  });
});

describe('focus', () => {
  it('returnFocus: to the page’s element that had it before the guide', () => {
    const { edge, set } = on(LINK_FORM);
    set({ court: courtView({ guide: { collapsed: true, enabled: true } }) });
    edge.perform('draw');
    const field = document.querySelector<HTMLInputElement>('input:not([type="hidden"])');
    if (!field) throw new Error('no field');
    edge.pageFocused(field);
    guideHost()?.focus();
    edge.perform('returnFocus');
    expect(document.activeElement).toBe(field);
  });

  it('returnFocus: to the pill when no element of the page had it', () => {
    const { edge, set } = on(LINK_FORM);
    set({ court: courtView({ guide: { collapsed: true, enabled: true } }) });
    edge.perform('draw');
    edge.pageFocused(document.body);
    edge.perform('returnFocus');
    expect(guideShadow()?.activeElement).toBe(inGuide('[data-action="expand"]'));
  });

  it('focusBubble: once the bubble is drawn', async () => {
    const { edge, set } = on(LINK_FORM);
    set();
    edge.perform('draw');
    edge.perform('focusBubble');
    await vi.waitFor(() =>
      expect(guideShadow()?.activeElement).toBe(inGuide('[data-part="hint"]')),
    );
  });

  it('Alt+Shift+G: from the page to the bubble, from the guide to the target', async () => {
    const { edge, set } = on(LINK_FORM);
    set();
    const shortcut = () =>
      edge.shortcut(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyG' }));
    shortcut();
    expect(guideHost()).toBeNull();
    edge.perform('draw');
    await vi.waitFor(() => expect(inGuide('[data-part="hint"]')).not.toBeNull());
    shortcut();
    expect(guideShadow()?.activeElement).toBe(inGuide('[data-part="hint"]'));
    shortcut();
    expect(document.activeElement?.tagName).toBe('INPUT');
  });
});

describe('stopWatching', () => {
  it('aborts the signal every listener and observer of the guide takes', () => {
    const { edge } = on(LINK_FORM);
    expect(edge.signal.aborted).toBe(false);
    edge.perform('stopWatching');
    expect(edge.signal.aborted).toBe(true);
  });
});
