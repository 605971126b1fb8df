import type { PageSeen } from './court-status-event';
import type {
  DetectedCourtStatus,
  DetectedLinked,
  LinkSign,
  ManualLinked,
  NotNeeded,
  StatusConflict,
} from './court-status';

/**
 * What `page` shows about the link, given what the pages said before it:
 * recognition's sign on a CM/ECF page, PACER's word on its own pages.
 * Proof wins over PACER-only menus.
 */
export function readLinkSign(page: PageSeen, before: DetectedCourtStatus): LinkSign | null {
  if (page.linkSign !== null && page.linkSign !== 'pacer-only-menus') return page.linkSign;
  if (page.request === 'processed') return 'request-processed';
  // The list also leaves out courts for other reasons (not the filer's court,
  // another type): only the court being requested counts.
  if (
    page.courtOffered === false &&
    before.status === 'in-progress' &&
    before.flow === 'pacer-request'
  ) {
    return 'court-not-offered';
  }
  return page.linkSign;
}

type Linked = DetectedLinked | ManualLinked;

/** Flags a `linked` status on PACER-only menus; proof clears the flag. */
export function reconcileLinked<S extends Linked>(
  status: S,
  sign: LinkSign | null,
  page: PageSeen,
): S {
  if (sign === null) return status;
  if (sign === 'pacer-only-menus') return flag(status, sign, page);
  return withoutConflict(status);
}

/** Flags `not-needed` on proof of a link; PACER-only menus agree with it and clear the flag. */
export function reconcileNotNeeded(
  status: NotNeeded,
  sign: LinkSign | null,
  page: PageSeen,
): NotNeeded {
  if (sign === null) return status;
  if (sign === 'pacer-only-menus') return withoutConflict(status);
  return flag(status, sign, page);
}

// The first page that disagrees is kept, so a status is not rewritten on every page load.
function flag<S extends { readonly conflict?: StatusConflict<L> }, L extends LinkSign>(
  status: S,
  sign: L,
  page: PageSeen,
): S {
  if (status.conflict) return status;
  return { ...status, conflict: { sign, step: page.step, at: page.at } };
}

function withoutConflict<S extends { readonly conflict?: unknown }>(status: S): S {
  if (!status.conflict) return status;
  const copy: { -readonly [K in keyof S]: S[K] } = { ...status };
  delete copy.conflict;
  return copy;
}
