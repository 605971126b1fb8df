// What the presenter's controls and the pages' own links do to a session. Pure.
import { untrackCourt } from '../progress/court-changes';
import type { TextSize } from '../progress/preferences';
import {
  firstPageOf,
  nextPage,
  pageById,
  previousPage,
  type PracticePageId,
  type Registration,
} from './practice-pages';
import { withCourts, type PracticeSession } from './practice-session';
import { variantById, type VariantId } from './variants';

function withoutCourtStatus(session: PracticeSession): PracticeSession {
  return withCourts(session, untrackCourt(session, session.court).courts);
}

/**
 * Shows `page`. A page of the other flow starts that flow's demonstration
 * afresh: a court linked in one flow would otherwise hide the guide in the other.
 */
export function goTo(
  session: PracticeSession,
  page: PracticePageId,
  registration?: Registration,
): PracticeSession {
  const changesFlow = pageById(page).flow !== pageById(session.page).flow;
  const moved = { ...session, page, registration: registration ?? session.registration };
  return changesFlow ? withoutCourtStatus(moved) : moved;
}

export function goNext(session: PracticeSession): PracticeSession {
  const next = nextPage(session.page, session.variant);
  return next ? goTo(session, next) : session;
}

export function goBack(session: PracticeSession): PracticeSession {
  const previous = previousPage(session.page, session.variant);
  return previous ? goTo(session, previous) : session;
}

/** Back to the first page of the flow, every practice status forgotten, the guide started afresh. */
export function restart(session: PracticeSession): PracticeSession {
  return {
    ...session,
    page: firstPageOf(pageById(session.page).flow),
    statuses: {},
    guide: {},
    epoch: session.epoch + 1,
  };
}

export function chooseCourt(session: PracticeSession, court: string): PracticeSession {
  return court === session.court ? session : { ...session, court };
}

/**
 * Chooses what goes wrong, from any point of a demonstration: the court's
 * practice status and guide setting are forgotten (a linked court keeps the
 * guide quiet on the login page, where two of them show), and the page where
 * it shows comes up.
 */
export function chooseVariant(session: PracticeSession, variant: VariantId): PracticeSession {
  if (variant === 'none') return { ...session, variant };
  const guide = { ...session.guide };
  delete guide[session.court];
  return showVariant({ ...withoutCourtStatus(session), guide, variant });
}

/** Goes to the page where the chosen variant shows, in the flow being demonstrated. */
export function showVariant(session: PracticeSession): PracticeSession {
  const page = variantById(session.variant).showsOn(pageById(session.page).flow);
  return page ? goTo(session, page) : session;
}

export function chooseTextSize(session: PracticeSession, textSize: TextSize): PracticeSession {
  return { ...session, textSize };
}
