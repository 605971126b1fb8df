import { helpDeskOf } from '../flows/court-help-desks';
import type { Court } from '../flows/types';
import { t } from '../platform/i18n';
import { HelpDeskPhones } from '../ui/help-desk-phones';
import type { CourtStatus } from '../progress/court-status';

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;

/** Whole days a linking request has waited, once that is more than a week; null otherwise. */
function overdueDays(status: CourtStatus, now: number): number | null {
  if (status.status !== 'requested' || now - status.at <= WEEK) return null;
  return Math.floor((now - status.at) / DAY);
}

interface Props {
  readonly court: Court;
  readonly status: CourtStatus;
  readonly now: () => number;
}

/**
 * The court's CM/ECF help desk under a court not yet linked: its phones (each
 * a tel: link) and its CM/ECF page, with "Requested 9 days ago — if you have
 * heard nothing, call …" for a request that has waited more than a week.
 * Nothing for a linked or not-needed court.
 */
export function CourtHelpDesk({ court, status, now }: Props) {
  if (status.status === 'linked' || status.status === 'not-needed') return null;
  const desk = helpDeskOf(court.id);
  if (!desk) return null;
  const days = overdueDays(status, now());
  const title = court.pacerTitle;
  const lead =
    desk.phones.length > 0
      ? days === null
        ? t('help_desk_call', title)
        : t('help_desk_overdue', String(days), title)
      : days === null
        ? desk.page && t('help_desk_no_phone', title)
        : t('help_desk_overdue_no_phone', String(days), title);
  if (!lead) return null;
  return (
    <p class={days === null ? 'help-desk' : 'help-desk overdue'} data-part="help-desk">
      {lead} <HelpDeskPhones phones={desk.phones} />
      {desk.page && (
        <>
          {desk.phones.length > 0 && ' · '}
          <a href={desk.page} target="_blank" rel="noopener noreferrer">
            {t('help_desk_page')}
            <span class="visually-hidden"> {t('popup_in_court', title)}</span>
          </a>
        </>
      )}
    </p>
  );
}
