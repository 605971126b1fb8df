// The words of the guide's state machine (guide-machine.ts): what it knows of
// the page, what can happen to it, and what it asks the browser to do. Plain
// data: the DOM, the timers and the background stay at the edge (start-guide.ts).
import type { Detection } from '../detection/types';
import type { CourtView, PageReport } from '../messaging/protocol';
import type { GuidePreference } from '../progress/preferences';
import type { GuideSettings } from './guide-backend';
import type { HelpDesksModule } from './help-desks-file';

type HelpDeskOf = HelpDesksModule['helpDeskOf'];

/** A question to the background, named as GuideBackend names it; each is answered with the court's view or nothing. */
export type Question =
  | { readonly ask: 'reportPage'; readonly report: PageReport }
  | { readonly ask: 'getCourtView'; readonly court: string }
  | {
      readonly ask: 'setGuidePreference';
      readonly court: string;
      readonly change: Partial<GuidePreference>;
    }
  | { readonly ask: 'restartCourt'; readonly court: string }
  | { readonly ask: 'markNotNeeded'; readonly court: string };

export interface GuideState {
  /** `starting` until the settings are read: the first drawing waits for them, so that it never jumps. */
  readonly phase: 'starting' | 'running' | 'stopped';
  /** The page as last recognised; null when it names no court and no step (the guide stays off it). */
  readonly page: Detection | null;
  /** What the background last said of the page's court. */
  readonly court: CourtView | null;
  /** Null until read, or when they cannot be: the defaults apply. */
  readonly settings: GuideSettings | null;
  /** The filer's choices on this page when the background has not answered for its court. */
  readonly local: GuidePreference;
  /** The filer asked to see the guide on a page where it starts as a pill. */
  readonly expanded: boolean;
  /** Length of what is typed in the username field; never its text. */
  readonly usernameLength: number;
  /** The last report sent: the same page is reported once. */
  readonly lastReport: string;
  /** Pages render late: a missing target is looked for a while before the guide says so. */
  readonly targetWait: 'none' | 'waiting' | 'over';
  /** One import per page; one that failed stays failed (the extension is gone). */
  readonly helpDesks: 'unasked' | 'loading' | 'failed' | HelpDeskOf;
  /** Collapsed while focus was in the guide: once the bubble is gone, focus goes back. */
  readonly focusToReturn: boolean;
}

export const INITIAL_GUIDE_STATE: GuideState = {
  phase: 'starting',
  page: null,
  court: null,
  settings: null,
  local: { collapsed: false, enabled: true },
  expanded: false,
  usernameLength: 0,
  lastReport: '',
  targetWait: 'none',
  helpDesks: 'unasked',
  focusToReturn: false,
};

export type GuideEvent =
  /** The guide starts on a page, recognised. */
  | { readonly type: 'started'; readonly page: Detection }
  /** The page changed and was recognised again. */
  | { readonly type: 'recognised'; readonly page: Detection }
  | { readonly type: 'settingsRead'; readonly settings: GuideSettings | null }
  /** `court` is null when the background could not answer, or had nothing to say. */
  | { readonly type: 'answered'; readonly question: Question; readonly court: CourtView | null }
  /** The guide is on the page as the view chose it. */
  | { readonly type: 'drawn'; readonly targetMissing: boolean; readonly bubble: boolean }
  | { readonly type: 'targetWaitOver' }
  | { readonly type: 'usernameTyped'; readonly length: number }
  /** A box ticked or a court chosen: no attribute changes, but the next target may. */
  | { readonly type: 'fieldChanged' }
  /** A help desk is drawn and needs the lookup. */
  | { readonly type: 'helpDesksWanted' }
  /** Null when they could not be loaded. */
  | { readonly type: 'helpDesksLoaded'; readonly lookup: HelpDeskOf | null }
  /** `focusInGuide`: the filer collapsed it from inside, and focus must go back to the page. */
  | { readonly type: 'collapse'; readonly focusInGuide: boolean }
  | { readonly type: 'expand' }
  | { readonly type: 'turnOff' }
  /** "I don't e-file here". */
  | { readonly type: 'notNeeded' }
  | { readonly type: 'restart' }
  /** The extension was updated or removed under the page. */
  | { readonly type: 'gone' }
  | { readonly type: 'stop' };

/** What the machine asks of the browser: a name, or a question to put to the background. */
export type GuideEffect =
  | 'readSettings'
  /** Fetch the overlay's code while the settings are read, if the page's view needs it. */
  | 'preloadOverlay'
  /** Mount the guide if it is not, and draw the view of the state now. */
  | 'draw'
  | 'unmount'
  /** Recognise the page again (it answers with `recognised`). */
  | 'recognise'
  | 'loadHelpDesks'
  | 'startTargetWait'
  | 'stopTargetWait'
  /** To the page's element focused before the guide took focus, else to the pill. */
  | 'returnFocus'
  /** Once drawn, focus on the bubble. */
  | 'focusBubble'
  /** End every listener and observer on the page. */
  | 'stopWatching'
  | Question;

export interface GuideStep {
  readonly state: GuideState;
  readonly effects: readonly GuideEffect[];
}
