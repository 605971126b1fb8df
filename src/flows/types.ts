// The vocabulary of the two linking flows. Step and flow ids are stored and
// read by tests outside the project: renaming one needs a storage migration.
import type { CourtLinkStepId } from './court-link-flow';
import type { PacerRequestStepId } from './pacer-request-flow';

export type FlowId = 'court-link' | 'pacer-request';

// Each flow's step ids are those of its steps' modules (steps/<flow>/<step>.ts).
export type { CourtLinkStepId, PacerRequestStepId };

export type StepId = CourtLinkStepId | PacerRequestStepId;

export type CourtType = 'district' | 'bankruptcy';

/** Which family of hosts a page is on; rules say which ones they apply to. */
export type HostKind = 'ecf' | 'pacer-login' | 'pacer-home' | 'pacer-psc';

/**
 * Text to look for. A string matches when the page text contains it, a
 * RegExp is tested, and `{ exact }` must equal the whole text. All three are
 * compared after normalisation (lower case, single spaces, no spaces around
 * slashes), so write them in lower case.
 */
export type TextPattern = string | RegExp | { readonly exact: string };

/** One observable fact about a page. Several make a rule. */
export type Signal =
  /** Path and query of the URL (e.g. `/cgi-bin/DisplayMenu.pl?Utilities`). */
  | { readonly url: RegExp }
  | { readonly title: TextPattern }
  /** A heading-like element: h1–h6, legend, caption, and the bold/large text CM/ECF uses as headings. */
  | { readonly heading: TextPattern }
  /** The page's visible text, read up to a fixed budget from the top. */
  | { readonly text: TextPattern }
  /** A visible link outside the CM/ECF menu bar (the bar's sub-menus repeat on every page). */
  | { readonly link: TextPattern; readonly href?: RegExp }
  | { readonly linkHref: RegExp }
  /** A form control found by its label, id or name. Never by its value. */
  | { readonly field: FieldPattern }
  | { readonly button: TextPattern }
  /** The CM/ECF blue menu bar. */
  | { readonly menubar: true }
  /** A tab, selected or not (PACER's account pages). */
  | { readonly tab: TextPattern }
  /** A tab that is shown as selected (aria-selected or an active class). */
  | { readonly selectedTab: TextPattern }
  /** A meta refresh whose target URL matches. */
  | { readonly refreshTo: RegExp }
  /**
   * A way to another page of the same court site: a link (whatever its text or
   * image), a button whose onclick sets the location, or a form's submit
   * button. Tested against the destination's path and query.
   */
  | { readonly goesTo: RegExp }
  /**
   * A message block the page itself shows in its main content (CM/ECF's
   * `#cmecfMainContent`): a paragraph, heading or message div that is shown,
   * outside any table. Text in a docket entry, a hidden element, the title, a
   * script or a frame is never one.
   */
  | { readonly message: TextPattern };

export interface FieldPattern {
  readonly label?: TextPattern;
  /** Tested against the control's id and name. */
  readonly key?: RegExp;
  readonly type?: 'text' | 'password' | 'select' | 'checkbox' | 'radio';
}

/** How a page is recognised as a step. */
export interface StepRule {
  readonly hosts: readonly HostKind[];
  /** Every one of these must hold. */
  readonly all?: readonly Signal[];
  /** At least `min` (default 1) of these must hold. */
  readonly any?: readonly Signal[];
  readonly min?: number;
  /** None of these may hold: they mark a neighbouring step. */
  readonly none?: readonly Signal[];
  /** For catch-all steps: the page must not be any of these steps. */
  readonly unlessStep?: readonly StepId[];
}

/**
 * What reaching a step says about the filer. `starts`: the filer is linking in
 * this court (the court becomes "in progress"). `follows`: a page every filer
 * passes while using the court (its front page, the login, the main page): it
 * moves a flow already under way, and starts none.
 */
export type StepProgress = 'starts' | 'follows';

/**
 * Where to find an element on the page. Tried in order; the first that finds
 * one wins. Links are looked for outside the menu bar unless `within` says so;
 * hidden ones are never found.
 */
export type Locator =
  | { readonly link: TextPattern; readonly href?: RegExp; readonly within?: 'menubar' }
  | { readonly linkHref: RegExp; readonly within?: 'menubar' }
  | { readonly field: FieldPattern }
  | { readonly button: TextPattern }
  | { readonly goesTo: RegExp }
  | { readonly tab: TextPattern };

/** An element the guide may highlight, with fallbacks. */
export interface Target {
  /** Stable id, e.g. `utilities-menu`, so the overlay can choose between targets (by role, say). */
  readonly id: string;
  readonly find: readonly Locator[];
  /** True when the guide explains why this target (a fallback for an earlier one). */
  readonly explained?: boolean;
}

/**
 * Something a step asks the filer to read or use, which the guide's bubble
 * must never cover. The ringed target is always protected, with its labels;
 * these add the rest of what the step is about. Patterns are matched against
 * normalised text, as a filer reads it.
 */
export type Protect =
  /** Form controls whose label says this, with their labels (radio choices one by one). */
  | { readonly field: TextPattern }
  /** Buttons whose caption says this (Next, Submit, a choice made as a button). */
  | { readonly button: TextPattern }
  /** The smallest table or fieldset whose text says this (the names to compare, the contact details). */
  | { readonly table: TextPattern }
  /** The smallest blocks whose text says this, kept in sight like a table (names shown as labelled lines). */
  | { readonly block: TextPattern }
  /**
   * The smallest paragraphs or blocks whose text says this (a warning or terms
   * to read): kept clear unless that would leave the bubble scrolling inside.
   */
  | { readonly text: TextPattern };

export type HintKind = 'tip' | 'warning' | 'linked-evidence';

/** What the page or browser must show for a hint to apply; without one, a hint always applies. */
export type HintCondition = 'cookies-blocked' | 'short-username' | 'firm-account-name';

/** A hint's words are the message `hint_<id>` in public/_locales. */
export interface Hint {
  readonly id: string;
  readonly kind: HintKind;
  readonly when?: HintCondition;
  /** Which court instruction says so (seed file number, or a court guide). */
  readonly source: string;
}

/** Facts a step's page shows that recognition reads out, as text. */
export interface StepReads {
  /** link-confirm: the labels in front of the CM/ECF and the PACER account names. */
  readonly names?: { readonly cmecf: RegExp; readonly pacer: RegExp };
  /** court-select: the drop-down that lists courts by PACER title. */
  readonly courtOptions?: FieldPattern;
  /** registration-history: the status words of each kind of request; other words are unknown. */
  readonly registrations?: {
    readonly processed: RegExp;
    readonly pending: RegExp;
    readonly rejected: RegExp;
  };
}

/** The filer's role, as the options page asks it (the same words as storage's `Role`). */
export type FilerRole = 'attorney' | 'non-attorney';

/**
 * When the page makes a step's usual words wrong, the headline says this
 * instead (message `<flow>_<step>_<situation>_instruction`): the ring is on
 * the Release 1.1 link because the linking utility is not there, or the names
 * differ and Submit must not be clicked.
 */
export type Situation = 'release-1-1-fallback' | 'names-differ';

/**
 * One step of a flow, in its own module (steps/<flow>/<step>.ts): how its page
 * is recognised, what to ring, what to say, and how the guide behaves there.
 * What the filer reads comes from public/_locales, by keys derived from ids
 * (message-keys.ts). The module also exports the page as the court
 * instructions describe it (`page`) and what the bubble must not cover
 * (`protects`): kept out of this object, which the content script carries to
 * every court page, because only the tests and the overlay read them.
 */
export interface Step<Id extends string = StepId> {
  readonly id: Id;
  readonly hints: readonly Hint[];
  readonly rule: StepRule;
  /** The element to use next, first preferred. */
  readonly highlight: readonly Target[];
  readonly reads?: StepReads;
  readonly progress: StepProgress;
  /**
   * The guide offers "I don't e-file here" (status not needed): on a page every
   * user of the court sees, most of whom have nothing to link.
   */
  readonly offersNotNeeded?: true;
  /**
   * One of the court site's everyday pages, where a linked court needs no
   * guide (a linked mark at most). On the linking pages and on PACER's pages
   * (where "not in the list" is the point) the guide goes on whatever the status says.
   */
  readonly quietWhenLinked?: true;
  /** Reaching this page proves the account linked in this court. */
  readonly provesLinked?: true;
  /** Reaching this page proves a request for the court submitted to PACER. */
  readonly provesRequest?: true;
  /** Targets to ring before the others when shown, first preferred (an opened sub-menu holds the next click itself). */
  readonly ringsFirst?: readonly string[];
  /** The target to ring for a filer who said which role they have. */
  readonly targetForRole?: { readonly [role in FilerRole]: string };
  /** When the page shows two account names that differ, nothing is ringed and the headline says why. */
  readonly withholdsWhenNamesDiffer?: true;
  /** The bubble shows the two account names the page reads, and whether they match. */
  readonly showsNamesCheck?: true;
  /** The bubble says to press F5 and which menus then appear. */
  readonly showsLinkedNote?: true;
  /** Ringing this target means the usual one is missing: the headline says the situation's words. */
  readonly fallback?: { readonly target: string; readonly situation: Situation };
}

export interface Flow {
  readonly id: FlowId;
  readonly steps: readonly Step[];
}

/**
 * A court as the content script knows it. Its CM/ECF help desk is kept apart,
 * in court-help-desks.ts (`helpDeskOf`), so that court pages do not load it.
 */
export interface Court {
  /** As in `ecf.<id>.uscourts.gov`. */
  readonly id: string;
  readonly type: CourtType;
  readonly name: string;
  readonly state: string;
  /** PACER's court code, the `pscCourtId` on the login URL (e.g. `MNDC`, `CACBK`). */
  readonly pacerCode: string;
  /** The court's title in PACER's drop-downs, without the " - NextGen" suffix. */
  readonly pacerTitle: string;
}
