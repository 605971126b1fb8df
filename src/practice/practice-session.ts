// One practice session: which court is simulated, which page is shown, what
// goes wrong, and the practice statuses, kept apart from the real ones. Plain
// JSON; nothing a clerk types on the pages is ever part of it.
import * as v from 'valibot';
import { courtById } from '../flows/court-registry';
import type { Courts } from '../progress/court-view';
import type { TextSize } from '../progress/preferences';
import { guidePreferenceSchema, textSizeSchema } from '../storage/preferences-schema';
import { courtIdSchema, courtStatusSchema } from '../storage/status-schema';
import {
  afterReload,
  loadOf,
  PAGE_IDS,
  virtualUrl,
  type PracticePageId,
  type Registration,
} from './practice-pages';
import { VARIANT_IDS, type VariantId } from './variants';

/**
 * A session holds the practice's own courts (statuses and guide preferences):
 * changed as the real ones are (src/progress/), never kept in the same storage.
 */
export interface PracticeSession extends Courts {
  /** The simulated court, as in `ecf.<id>.uscourts.gov`. */
  readonly court: string;
  readonly page: PracticePageId;
  readonly variant: VariantId;
  readonly textSize: TextSize;
  readonly registration: Registration;
  /** Counts restarts: the guide starts afresh on each. */
  readonly epoch: number;
}

/** The session with `courts`' statuses and guide preferences: the session itself when they are its own. */
export function withCourts(session: PracticeSession, courts: Courts): PracticeSession {
  if (courts.statuses === session.statuses && courts.guide === session.guide) return session;
  return { ...session, statuses: courts.statuses, guide: courts.guide };
}

/** A district court with the seeds' own example (seed 004). */
const DEFAULT_COURT = 'mnd';

export function newSession(court: string = DEFAULT_COURT): PracticeSession {
  return {
    court,
    page: 'ecf-home',
    variant: 'none',
    textSize: 'standard',
    registration: 'attorney',
    statuses: {},
    guide: {},
    epoch: 0,
  };
}

const sessionSchema = v.object({
  court: courtIdSchema,
  page: v.picklist(PAGE_IDS),
  variant: v.picklist(VARIANT_IDS),
  textSize: textSizeSchema,
  registration: v.picklist(['attorney', 'non-attorney']),
  statuses: v.record(courtIdSchema, courtStatusSchema),
  guide: v.record(courtIdSchema, guidePreferenceSchema),
  epoch: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/**
 * The session kept from before (a reload of the practice tab), or a new one
 * when there is none or it does not read back: it is practice, nothing to rescue.
 * `court` (from the address, `?court=cacb`) chooses the court to simulate.
 */
export function restoreSession(stored: unknown, court: string | null): PracticeSession {
  const parsed = v.safeParse(sessionSchema, stored);
  const session: PracticeSession = parsed.success ? parsed.output : newSession();
  const requested = court && courtById(court) ? court : null;
  const chosen =
    requested && requested !== session.court ? { ...session, court: requested } : session;
  // The success page asks for F5: a reload shows the main page with the filing menus, as there.
  const page = afterReload(chosen.page);
  return page === chosen.page ? chosen : { ...chosen, page };
}

/** The address of the court page the session shows: what recognition is told, and the banner shows. */
export function currentUrl(session: PracticeSession): URL {
  const court = courtById(session.court) ?? courtById(DEFAULT_COURT);
  if (!court) throw new Error(`The court registry has no ${DEFAULT_COURT}`);
  return new URL(virtualUrl(session.page, court, session.registration));
}

/**
 * Which page load the session shows; the page is drawn afresh, and the guide
 * started afresh as on a court's site, for each. A new one for each page,
 * court and variant, and when what the guide reads at its start changes (the
 * text size in the preferences, a restart's cleared status). PACER's account
 * tabs switch in place: Manage My Account and its Maintenance tab are one load.
 */
export function loadKey(session: PracticeSession): string {
  return [
    session.court,
    session.variant,
    loadOf(session.page),
    session.textSize,
    session.epoch,
  ].join(' ');
}
