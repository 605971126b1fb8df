import type { PageReport } from '../detection/page-report';
import type { Detection } from '../detection/types';
import { courtById } from '../flows/court-registry';
import type { PageSeen } from './court-status-event';

/** The parts of a recognised page a court's status depends on; the court is the caller's. */
export type RecognisedPage = Omit<PageReport, 'court' | 'linked'>;

/**
 * The report of a page for `court`, or null for a court's training site:
 * linking there is practice and leaves the real court's status alone.
 */
export function pageSeenEvent(court: string, page: RecognisedPage, at: number): PageSeen | null {
  if (page.training) return null;
  return {
    type: 'page-seen',
    at,
    flow: page.flow,
    step: page.step,
    startsFlow: page.startsFlow,
    linkSign: page.linkSign,
    courtOffered: isOffered(court, page.courtOptions),
    request: requestOf(court, page.registrations),
  };
}

// The Court drop-down lists one court type at a time, and nothing before a
// type is chosen: absence from such a list proves nothing.
function isOffered(court: string, options: Detection['courtOptions']): boolean | null {
  if (options === null || !options.some((option) => isSameType(option, court))) return null;
  return options.includes(court);
}

function isSameType(a: string, b: string): boolean {
  const type = courtById(a)?.type;
  return type !== undefined && type === courtById(b)?.type;
}

// An older request may be listed next to the one that went through: one
// processed row settles it; otherwise a pending one says the court has it.
function requestOf(court: string, registrations: Detection['registrations']): PageSeen['request'] {
  const states = new Set(
    registrations?.filter((record) => record.court === court).map((record) => record.state),
  );
  if (states.has('processed')) return 'processed';
  return states.has('pending') ? 'pending' : null;
}
