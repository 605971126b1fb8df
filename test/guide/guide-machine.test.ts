// The guide's decisions without a page: each event in the states where it
// matters, and every effect it asks for.
import { reportOf } from '../../src/detection/page-report';
import type { Detection } from '../../src/detection/types';
import { courtOf, step, viewChoices } from '../../src/guide/guide-machine';
import {
  INITIAL_GUIDE_STATE,
  type GuideEvent,
  type GuideState,
  type GuideStep,
} from '../../src/guide/guide-state';
import { courtView, inProgress } from '../support/fake-guide-backend';

function page(fields: Partial<Detection> = {}): Detection {
  return {
    court: 'mnd',
    courtsNamed: [],
    training: false,
    flow: 'court-link',
    step: 'utilities',
    startsFlow: true,
    linked: null,
    linkSign: null,
    namesMatch: null,
    names: null,
    courtOptions: null,
    registrations: null,
    highlight: [],
    evidence: [],
    ...fields,
  };
}

/** Settings read, a page drawn and reported, the background answered. */
function running(fields: Partial<GuideState> = {}): GuideState {
  const shown = fields.page ?? page();
  return {
    ...INITIAL_GUIDE_STATE,
    phase: 'running',
    page: shown,
    court: courtView(),
    lastReport: JSON.stringify(reportOf(shown)),
    ...fields,
  };
}

const DRAW = 'draw';
const lookup = () => null;

function run(state: GuideState, ...events: GuideEvent[]): GuideStep {
  let result: GuideStep = { state, effects: [] };
  for (const event of events) result = step(result.state, event);
  return result;
}

describe('starting on a page', () => {
  it('reads the settings and fetches the overlay while they are read, drawing nothing yet', () => {
    const shown = page();
    const { state, effects } = step(INITIAL_GUIDE_STATE, { type: 'started', page: shown });
    expect(effects).toEqual(['readSettings', 'preloadOverlay']);
    expect(state.phase).toBe('starting');
    expect(state.page).toBe(shown);
  });

  it('reads the settings but mounts nothing on a page with no court and no step', () => {
    const { state, effects } = step(INITIAL_GUIDE_STATE, {
      type: 'started',
      page: page({ court: null, step: null, flow: null }),
    });
    expect(effects).toEqual(['readSettings', 'stopTargetWait', 'unmount']);
    expect(state.page).toBeNull();
  });

  it('draws once the settings are read, then reports the page', () => {
    const shown = page();
    const settings = { role: 'attorney' as const, textSize: 'large' as const };
    const { state, effects } = run(
      INITIAL_GUIDE_STATE,
      { type: 'started', page: shown },
      { type: 'settingsRead', settings },
    );
    const report = reportOf(shown);
    expect(effects).toEqual([DRAW, { ask: 'reportPage', report }]);
    expect(state).toMatchObject({ phase: 'running', settings, lastReport: JSON.stringify(report) });
  });

  it('draws with the defaults when the settings cannot be read', () => {
    const { state, effects } = run(
      INITIAL_GUIDE_STATE,
      { type: 'started', page: page() },
      { type: 'settingsRead', settings: null },
    );
    expect(effects[0]).toEqual(DRAW);
    expect(state.settings).toBeNull();
  });

  it('keeps the latest page seen while the settings are read, and only that one is drawn', () => {
    const later = page({ step: 'link-form' });
    const waiting = run(
      INITIAL_GUIDE_STATE,
      { type: 'started', page: page() },
      { type: 'recognised', page: later },
    );
    expect(waiting.effects).toEqual([]);
    const { effects } = step(waiting.state, { type: 'settingsRead', settings: null });
    expect(effects).toEqual([DRAW, { ask: 'reportPage', report: reportOf(later) }]);
  });

  it('draws nothing before the settings are read, whatever the page does', () => {
    const started = step(INITIAL_GUIDE_STATE, { type: 'started', page: page() }).state;
    expect(step(started, { type: 'fieldChanged' }).effects).toEqual([]);
    expect(step(started, { type: 'usernameTyped', length: 3 }).effects).toEqual([]);
  });

  it('has nothing to do once the settings come on a page that is not the guide’s', () => {
    const { state, effects } = run(
      INITIAL_GUIDE_STATE,
      { type: 'started', page: page({ court: null, step: null }) },
      { type: 'settingsRead', settings: null },
    );
    expect(effects).toEqual([]);
    expect(state.phase).toBe('running');
  });
});

describe('a page recognised again', () => {
  it('is drawn and reported when it changed', () => {
    const next = page({ step: 'link-form' });
    const { state, effects } = step(running(), { type: 'recognised', page: next });
    expect(effects).toEqual([DRAW, { ask: 'reportPage', report: reportOf(next) }]);
    expect(state.page).toBe(next);
  });

  it('is drawn, not reported again, when it says the same', () => {
    const { effects } = step(running(), { type: 'recognised', page: page() });
    expect(effects).toEqual([DRAW]);
  });

  it('asks for its court when it says nothing to report and the court is not known', () => {
    const docket = page({ step: null, flow: null, startsFlow: false });
    const { effects } = step(running({ court: null, page: docket }), {
      type: 'recognised',
      page: docket,
    });
    expect(effects).toEqual([DRAW, { ask: 'getCourtView', court: 'mnd' }]);
  });

  it('is reported when it says only whether the court is linked', () => {
    const linked = page({ step: null, flow: null, linked: true, linkSign: 'filing-menus' });
    const { effects } = step(running({ court: null }), { type: 'recognised', page: linked });
    expect(effects).toContainEqual({ ask: 'reportPage', report: reportOf(linked) });
  });

  it('takes the guide off a page that is no longer the guide’s, with its wait', () => {
    const { state, effects } = step(running({ targetWait: 'waiting' }), {
      type: 'recognised',
      page: page({ court: null, step: null }),
    });
    expect(effects).toEqual(['stopTargetWait', 'unmount']);
    expect(state).toMatchObject({ page: null, targetWait: 'none' });
    // And stays off it, whatever the page does next.
    expect(step(state, { type: 'fieldChanged' }).effects).toEqual([]);
  });
});

describe('the background’s answers', () => {
  it('keep its view of the court, and draw', () => {
    const court = courtView({ status: inProgress('court-link', 'utilities') });
    const { state, effects } = step(running({ court: null }), {
      type: 'answered',
      question: { ask: 'getCourtView', court: 'mnd' },
      court,
    });
    expect(state.court).toBe(court);
    expect(effects).toEqual([DRAW]);
  });

  it('draw from what the guide knew when there is no answer', () => {
    const before = running();
    const { state, effects } = step(before, {
      type: 'answered',
      question: { ask: 'reportPage', report: reportOf(page()) },
      court: null,
    });
    expect(state.court).toBe(before.court);
    expect(effects).toEqual([DRAW]);
  });

  it('keep an unsaved choice on this page, in the court’s view when there is one', () => {
    const { state } = step(running(), {
      type: 'answered',
      question: { ask: 'setGuidePreference', court: 'mnd', change: { collapsed: true } },
      court: null,
    });
    expect(state.court?.guide).toEqual({ collapsed: true, enabled: true });
    expect(state.local.collapsed).toBe(false);
  });

  it('keep an unsaved choice on this page alone when no court answered yet', () => {
    const { state, effects } = step(running({ court: null }), {
      type: 'answered',
      question: { ask: 'setGuidePreference', court: 'mnd', change: { enabled: false } },
      court: null,
    });
    expect(state.local).toEqual({ collapsed: false, enabled: false });
    expect(effects).toEqual([DRAW]);
  });

  it('recognise the page again after a restart, so that it is reported afresh', () => {
    const { effects } = step(running(), {
      type: 'answered',
      question: { ask: 'restartCourt', court: 'mnd' },
      court: courtView(),
    });
    expect(effects).toEqual([DRAW, 'recognise']);
  });
});

describe('a target that is not on the page yet', () => {
  const missing: GuideEvent = { type: 'drawn', targetMissing: true, bubble: true };
  const found: GuideEvent = { type: 'drawn', targetMissing: false, bubble: true };

  it('is waited for, once', () => {
    const first = step(running(), missing);
    expect(first.effects).toEqual(['startTargetWait']);
    expect(first.state.targetWait).toBe('waiting');
    expect(step(first.state, missing).effects).toEqual([]);
  });

  it('is given up on when the wait is over, and not waited for again', () => {
    const over = run(running(), missing, { type: 'targetWaitOver' });
    expect(over.effects).toEqual([DRAW]);
    expect(over.state.targetWait).toBe('over');
    expect(step(over.state, missing).effects).toEqual([]);
    expect(step(over.state, { type: 'targetWaitOver' }).effects).toEqual([]);
  });

  it('ends the wait when it shows up', () => {
    const { state, effects } = run(running(), missing, found);
    expect(effects).toEqual(['stopTargetWait']);
    expect(state.targetWait).toBe('none');
  });

  it('is waited for afresh when it goes missing again after the guide gave up', () => {
    const again = run(running({ targetWait: 'over' }), found, missing);
    expect(again.effects).toEqual(['startTargetWait']);
  });

  it('ignores a wait that ends after the target came', () => {
    expect(step(running(), { type: 'targetWaitOver' }).effects).toEqual([]);
  });
});

describe('the filer’s controls', () => {
  const setPreference = (change: object) => ({ ask: 'setGuidePreference', court: 'mnd', change });

  it('collapse: saved for the court, and focus goes back once the bubble is gone', () => {
    const collapsed = step(running({ expanded: true }), { type: 'collapse', focusInGuide: true });
    expect(collapsed.effects).toEqual([setPreference({ collapsed: true })]);
    expect(collapsed.state).toMatchObject({ expanded: false, focusToReturn: true });
    // Still a bubble: focus stays where it is.
    const bubble = step(collapsed.state, { type: 'drawn', targetMissing: false, bubble: true });
    expect(bubble.effects).toEqual([]);
    const pill = step(bubble.state, { type: 'drawn', targetMissing: false, bubble: false });
    expect(pill.effects).toEqual(['returnFocus']);
    expect(pill.state.focusToReturn).toBe(false);
  });

  it('collapse from the page leaves focus where it is', () => {
    const { state } = step(running(), { type: 'collapse', focusInGuide: false });
    expect(step(state, { type: 'drawn', targetMissing: false, bubble: false }).effects).toEqual([]);
  });

  it('collapse on a page that names no court: on this page alone', () => {
    const pacer = page({ court: null, step: 'manage-account', flow: 'pacer-request' });
    const { state, effects } = step(running({ court: null, page: pacer }), {
      type: 'collapse',
      focusInGuide: false,
    });
    expect(effects).toEqual([DRAW]);
    expect(state.local.collapsed).toBe(true);
  });

  it('expand a collapsed guide: saved as not collapsed, then focus on the bubble', () => {
    const collapsed = running({ court: courtView({ guide: { collapsed: true, enabled: true } }) });
    const { state, effects } = step(collapsed, { type: 'expand' });
    expect(effects).toEqual([setPreference({ collapsed: false }), 'focusBubble']);
    expect(state.expanded).toBe(true);
  });

  it('expand a pill that is not a collapsed guide: drawn at once', () => {
    const { effects } = step(running(), { type: 'expand' });
    expect(effects).toEqual([DRAW, 'focusBubble']);
  });

  it('expand, collapsed on this page alone: saved for the court named since', () => {
    const { effects } = step(running({ local: { collapsed: true, enabled: true } }), {
      type: 'expand',
    });
    expect(effects[0]).toEqual(setPreference({ collapsed: false }));
  });

  it('turn off: saved for the court', () => {
    expect(step(running(), { type: 'turnOff' }).effects).toEqual([
      setPreference({ enabled: false }),
    ]);
  });

  it('"I don’t e-file here": told to the background, and the guide is no longer expanded', () => {
    const { state, effects } = step(running({ expanded: true }), { type: 'notNeeded' });
    expect(effects).toEqual([{ ask: 'markNotNeeded', court: 'mnd' }]);
    expect(state.expanded).toBe(false);
  });

  it('restart: told to the background, and the page will be reported again', () => {
    const { state, effects } = step(running(), { type: 'restart' });
    expect(effects).toEqual([{ ask: 'restartCourt', court: 'mnd' }]);
    expect(state).toMatchObject({ expanded: true, lastReport: '' });
  });

  it('restart and "I don’t e-file here" ask nothing where no court is known', () => {
    const nowhere = running({ court: null, page: page({ court: null }) });
    expect(step(nowhere, { type: 'restart' }).effects).toEqual([]);
    expect(step(nowhere, { type: 'notNeeded' }).effects).toEqual([]);
  });

  it('a username typed: its length is kept, and the guide drawn again', () => {
    const { state, effects } = step(running(), { type: 'usernameTyped', length: 6 });
    expect(state.usernameLength).toBe(6);
    expect(effects).toEqual([DRAW]);
  });

  it('a box ticked or a court chosen: drawn again', () => {
    expect(step(running(), { type: 'fieldChanged' }).effects).toEqual([DRAW]);
  });
});

describe('the help desks', () => {
  it('are loaded once, the first time one is wanted', () => {
    const first = step(running(), { type: 'helpDesksWanted' });
    expect(first.effects).toEqual(['loadHelpDesks']);
    expect(first.state.helpDesks).toBe('loading');
    expect(step(first.state, { type: 'helpDesksWanted' }).effects).toEqual([]);
  });

  it('are drawn once here', () => {
    const { state, effects } = step(running({ helpDesks: 'loading' }), {
      type: 'helpDesksLoaded',
      lookup,
    });
    expect(state.helpDesks).toBe(lookup);
    expect(effects).toEqual([DRAW]);
  });

  it('stay unasked for after they could not be loaded', () => {
    const failed = step(running({ helpDesks: 'loading' }), {
      type: 'helpDesksLoaded',
      lookup: null,
    });
    expect(failed.state.helpDesks).toBe('failed');
    expect(failed.effects).toEqual([]);
    expect(step(failed.state, { type: 'helpDesksWanted' }).effects).toEqual([]);
  });
});

describe('stopping', () => {
  it.each(['stop', 'gone'] as const)(
    '%s: ends the wait for a target, unmounts and stops watching the page',
    (type) => {
      const { state, effects } = step(running({ targetWait: 'waiting' }), { type });
      expect(effects).toEqual(['stopTargetWait', 'unmount', 'stopWatching']);
      expect(state.phase).toBe('stopped');
    },
  );

  it('does nothing more once stopped, whatever comes', () => {
    const stopped = step(running(), { type: 'gone' }).state;
    const late: GuideEvent[] = [
      { type: 'recognised', page: page({ step: 'link-form' }) },
      { type: 'answered', question: { ask: 'getCourtView', court: 'mnd' }, court: courtView() },
      { type: 'targetWaitOver' },
      { type: 'expand' },
      { type: 'stop' },
    ];
    for (const event of late) expect(step(stopped, event)).toEqual({ state: stopped, effects: [] });
  });
});

describe('what the view is chosen from', () => {
  it('the court’s choices when the background answered, else this page’s', () => {
    const answered = running({
      court: courtView({ guide: { collapsed: true, enabled: false } }),
      local: { collapsed: false, enabled: true },
      settings: { role: 'non-attorney', textSize: 'standard' },
      expanded: true,
    });
    expect(viewChoices(answered)).toEqual({
      court: answered.court,
      role: 'non-attorney',
      enabled: false,
      collapsed: true,
      expanded: true,
    });
    const alone = running({ court: null, local: { collapsed: true, enabled: false } });
    expect(viewChoices(alone)).toMatchObject({ role: null, enabled: false, collapsed: true });
  });

  it('the court the background named before the page’s', () => {
    expect(courtOf(running({ court: courtView({ court: 'cacb' }) }))).toBe('cacb');
    expect(courtOf(running({ court: null }))).toBe('mnd');
    expect(courtOf(running({ court: null, page: page({ court: null }) }))).toBeNull();
  });
});
