// A court's status in words: what it is, how it was learned, what disagrees
// with it, and what to do next. Pure, so the wording is tested without a DOM.

import { stepOfTotal } from '../flows/flows';
import type { Court } from '../flows/types';
import type { CourtStatus, DetectedCourtStatus, LinkSign } from '../progress/court-status';
import { isManual } from '../progress/court-status';
import { messageKeys } from '../flows/message-keys';
import { t } from '../platform/i18n';
import { formatDate } from '../ui/format-date';

// The options page shows dates too (of the data set aside): the formatter is shared from src/ui.
export { formatDate };

const SIGN_KEYS: Readonly<Record<LinkSign, string>> = {
  'link-done': 'popup_sign_link_done',
  'filing-menus': 'popup_sign_filing_menus',
  'court-not-offered': 'popup_sign_court_not_offered',
  'request-processed': 'popup_sign_request_processed',
  'pacer-only-menus': 'popup_sign_pacer_only_menus',
};
const signWords = (sign: LinkSign): string => t(SIGN_KEYS[sign]);

/** The step of the flow under way and the flow's length, as the messages take them; or null. */
export function stepNumbers(status: CourtStatus): [string, string] | null {
  return status.status === 'in-progress' ? stepOfTotal(status.flow, status.step) : null;
}

export function statusLabel(status: CourtStatus): string {
  switch (status.status) {
    case 'not-started':
      return t('popup_status_not_started');
    case 'in-progress':
      return t('popup_status_in_progress', ...(stepNumbers(status) ?? []));
    case 'requested':
      return t('popup_status_requested');
    case 'linked':
      return t('popup_status_linked');
    case 'not-needed':
      return t('popup_status_not_needed');
  }
}

/** What the pages showed, for a status set by hand. */
function detectedWords(status: DetectedCourtStatus): string | null {
  switch (status.status) {
    case 'not-started':
      return null;
    case 'in-progress':
      return t('popup_detected_in_progress', ...(stepNumbers(status) ?? []));
    case 'requested':
      return t('popup_detected_requested');
    case 'linked':
      return signWords(status.source.evidence);
  }
}

/** How the status was learned: "Detected: link confirmed, 21 Nov 2026" or "Set by you, …". */
export function howLearned(status: CourtStatus): string {
  const date = formatDate(status.at);
  if (isManual(status)) {
    const pages = detectedWords(status.source.detected);
    return pages ? t('popup_set_by_you_pages', date, pages) : t('popup_set_by_you', date);
  }
  switch (status.status) {
    case 'not-started':
      return t('popup_nothing_seen');
    case 'in-progress':
      return t(
        status.flow === 'court-link' ? 'popup_detected_on_ecf' : 'popup_detected_on_pacer',
        date,
      );
    case 'requested':
    case 'linked':
      return t('popup_detected', detectedWords(status) ?? '', date);
  }
}

/** A page that disagrees with the status, in words; null when none does. */
export function conflictText(status: CourtStatus): string | null {
  if (status.status === 'linked' && status.conflict) {
    return t('popup_conflict_linked', formatDate(status.conflict.at));
  }
  if (status.status === 'not-needed' && status.conflict) {
    return t(
      'popup_conflict_not_needed',
      formatDate(status.conflict.at),
      signWords(status.conflict.sign),
    );
  }
  return null;
}

/** What the filer does next in this court. */
export function nextAction(status: CourtStatus): string {
  switch (status.status) {
    case 'not-started':
      return t(messageKeys.instruction('court-link', 'ecf-home'));
    case 'in-progress':
      return t(messageKeys.instruction(status.flow, status.step));
    case 'requested':
      return t('popup_next_requested');
    case 'linked':
      return t('popup_next_linked');
    case 'not-needed':
      return t('popup_next_not_needed');
  }
}

export interface StartLink {
  /** Start, Continue or Check the request, in the filer's language. */
  readonly label: string;
  readonly href: string;
}

/**
 * Where "start" or "continue" goes: the court's CM/ECF site, where the guide
 * takes over, or PACER for a request made from the PACER account. None once
 * nothing is left to do.
 */
export function startLink(court: Court, status: CourtStatus): StartLink | null {
  switch (status.status) {
    case 'not-started':
      return { label: t('popup_start'), href: ecfSite(court) };
    case 'in-progress':
      return {
        label: t('popup_continue'),
        href: status.flow === 'pacer-request' ? PACER_HOME : ecfSite(court),
      };
    case 'requested':
      return { label: t('popup_check_request'), href: PACER_HOME };
    case 'linked':
    case 'not-needed':
      return null;
  }
}

const PACER_HOME = 'https://pacer.uscourts.gov/';
const ecfSite = (court: Court): string => `https://ecf.${court.id}.uscourts.gov/`;
