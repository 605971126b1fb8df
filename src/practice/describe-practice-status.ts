// The practice status in a few words, for the presenter's panel (the popup's
// own wording lives with the popup, which the practice page may not import).
import { stepOfTotal } from '../flows/flows';
import { t } from '../platform/i18n';
import type { CourtStatus, LinkEvidence } from '../progress/court-status';

const EVIDENCE: Readonly<Record<LinkEvidence, () => string>> = {
  'link-done': () => t('practice_evidence_link_done'),
  'filing-menus': () => t('practice_evidence_filing_menus'),
  'court-not-offered': () => t('practice_evidence_court_not_offered'),
  'request-processed': () => t('practice_evidence_request_processed'),
};

export function describePracticeStatus(status: CourtStatus | undefined): string {
  if (!status) return t('practice_status_not_started');
  switch (status.status) {
    case 'not-started':
      return t('practice_status_not_started');
    case 'in-progress':
      return t('practice_status_in_progress', ...stepOfTotal(status.flow, status.step));
    case 'requested':
      return t('practice_status_requested');
    case 'linked':
      return status.source.kind === 'detected'
        ? t('practice_status_linked_seen', EVIDENCE[status.source.evidence]())
        : t('practice_status_linked_by_hand');
    case 'not-needed':
      return t('practice_status_not_needed');
  }
}
