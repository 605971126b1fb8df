import type { Court } from '../flows/types';
import type { CourtStatus } from '../progress/court-status';
import { t } from '../platform/i18n';
import {
  conflictText,
  howLearned,
  nextAction,
  startLink,
  statusLabel,
  stepNumbers,
} from './describe-status';

/** The court of the tab the popup was opened over. */
export interface TabCourt {
  readonly court: Court;
  /** The court's training site (`ecf-train.<id>`): practice, which changes no status. */
  readonly training: boolean;
}

interface ThisTabProps {
  readonly tabCourt: TabCourt | null;
  /** The court's status; not-started when it is not in "My courts". */
  readonly status: CourtStatus | null;
  /** The filer pressed Start in the court. */
  readonly onStart: (court: string) => void;
}

export function ThisTabSection({ tabCourt, status, onStart }: ThisTabProps) {
  if (tabCourt === null || status === null) {
    return (
      <section aria-labelledby="this-tab-heading" class="this-tab">
        <h2 id="this-tab-heading">{t('popup_this_tab_heading')}</h2>
        <p>{t('popup_this_tab_none')}</p>
      </section>
    );
  }
  const { court, training } = tabCourt;
  const start = startLink(court, status);
  const step = stepNumbers(status);
  const conflict = conflictText(status);
  return (
    <section
      aria-labelledby="this-tab-heading"
      class="this-tab"
      data-court={court.id}
      data-status={status.status}
    >
      <h2 id="this-tab-heading">
        {t('popup_this_tab_court_heading')} <span class="court-full-name">{court.name}</span>
      </h2>
      {training && <p class="note">{t('popup_training_note')}</p>}
      <p class="court-status">
        <strong>{statusLabel(status)}</strong> <span class="how-learned">{howLearned(status)}</span>
      </p>
      {conflict && <p class="conflict">{conflict}</p>}
      <p class="next-action">
        <span class="label">{step ? t('popup_next_step', ...step) : t('popup_next')}</span>{' '}
        {nextAction(status)}
      </p>
      {start && (
        <a
          class="button primary"
          href={start.href}
          target="_blank"
          rel="noopener noreferrer"
          onClick={status.status === 'not-started' ? () => onStart(court.id) : undefined}
        >
          {status.status === 'not-started' ? t('popup_start_linking') : start.label}
        </a>
      )}
    </section>
  );
}
