// A court's status in words: what it is, how it was learned, what disagrees
// with it, and what to do next. Pure, so the wording is tested without a DOM.

import { FLOWS, stepNumber } from '../flows/flows';
import type { Court } from '../flows/types';
import type { CourtStatus, DetectedCourtStatus, LinkSign } from '../progress/court-status';
import { isManual } from '../progress/court-status';
import { messageKeys } from '../flows/message-keys';
import { t } from '../platform/i18n';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "21 Nov 2026", in local time: unambiguous on both sides of the Atlantic. */
export function formatDate(at: number): string {
  const date = new Date(at);
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}

const SIGN_WORDS: Readonly<Record<LinkSign, string>> = {
  'link-done': 'link confirmed',
  'filing-menus': 'filing menus shown',
  'court-not-offered': 'court no longer offered in PACER’s list',
  'request-processed': 'request processed',
  'pacer-only-menus': 'only PACER menus shown',
};

/** "Step 4 of 8" of the flow under way, or null. */
export function stepOfFlow(status: CourtStatus): string | null {
  if (status.status !== 'in-progress') return null;
  return `Step ${stepNumber(status.flow, status.step)} of ${FLOWS[status.flow].steps.length}`;
}

export function statusLabel(status: CourtStatus): string {
  switch (status.status) {
    case 'not-started':
      return 'Not started';
    case 'in-progress':
      return `In progress: ${stepOfFlow(status)?.toLowerCase() ?? ''}`;
    case 'requested':
      return 'Requested';
    case 'linked':
      return 'Linked';
    case 'not-needed':
      return 'Not needed';
  }
}

/** What the pages showed, for a status set by hand. */
function detectedWords(status: DetectedCourtStatus): string | null {
  switch (status.status) {
    case 'not-started':
      return null;
    case 'in-progress':
      return `in progress, ${stepOfFlow(status)?.toLowerCase() ?? ''}`;
    case 'requested':
      return 'request submitted';
    case 'linked':
      return SIGN_WORDS[status.source.evidence];
  }
}

/** How the status was learned: "Detected: link confirmed, 21 Nov 2026" or "Set by you, …". */
export function howLearned(status: CourtStatus): string {
  const date = formatDate(status.at);
  if (isManual(status)) {
    const pages = detectedWords(status.source.detected);
    return `Set by you, ${date}${pages ? ` (the pages showed: ${pages})` : ''}`;
  }
  switch (status.status) {
    case 'not-started':
      return 'Nothing seen yet';
    case 'in-progress':
      return `Detected on ${status.flow === 'court-link' ? 'the court’s CM/ECF site' : 'PACER'}, ${date}`;
    case 'requested':
    case 'linked':
      return `Detected: ${detectedWords(status) ?? ''}, ${date}`;
  }
}

/** A page that disagrees with the status, in words; null when none does. */
export function conflictText(status: CourtStatus): string | null {
  if (status.status === 'linked' && status.conflict) {
    return `Conflict: on ${formatDate(status.conflict.at)} the CM/ECF menu bar showed only PACER menus, no filing menus. Check that you are logged in with your linked PACER account; if it persists, the link may not have gone through.`;
  }
  if (status.status === 'not-needed' && status.conflict) {
    return `Conflict: on ${formatDate(status.conflict.at)} a page showed this court as linked (${SIGN_WORDS[status.conflict.sign]}). Clear your setting to follow the pages.`;
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
      return 'Wait for the court to process your request. A confirmation email from CM/ECF follows; PACER’s E-File Registration/Maintenance History shows its status.';
    case 'linked':
      return 'Nothing: your PACER account is linked in this court.';
    case 'not-needed':
      return 'Nothing: you use CM/ECF here for PACER access only.';
  }
}

export interface StartLink {
  readonly label: 'Start' | 'Continue' | 'Check the request';
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
      return { label: 'Start', href: ecfSite(court) };
    case 'in-progress':
      return {
        label: 'Continue',
        href: status.flow === 'pacer-request' ? PACER_HOME : ecfSite(court),
      };
    case 'requested':
      return { label: 'Check the request', href: PACER_HOME };
    case 'linked':
    case 'not-needed':
      return null;
  }
}

const PACER_HOME = 'https://pacer.uscourts.gov/';
const ecfSite = (court: Court): string => `https://ecf.${court.id}.uscourts.gov/`;
