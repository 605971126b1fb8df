import type { Court } from '../flows/types';
import type { CourtStatus } from '../progress/court-status';
import {
  conflictText,
  howLearned,
  nextAction,
  startLink,
  statusLabel,
  stepOfFlow,
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
}

export function ThisTabSection({ tabCourt, status }: ThisTabProps) {
  if (tabCourt === null || status === null) {
    return (
      <section aria-labelledby="this-tab-heading" class="this-tab">
        <h2 id="this-tab-heading">This tab</h2>
        <p>
          No court’s page is open in this tab. Open a court’s CM/ECF site to be guided there, or add
          a court below.
        </p>
      </section>
    );
  }
  const { court, training } = tabCourt;
  const start = startLink(court, status);
  const step = stepOfFlow(status);
  const conflict = conflictText(status);
  return (
    <section
      aria-labelledby="this-tab-heading"
      class="this-tab"
      data-court={court.id}
      data-status={status.status}
    >
      <h2 id="this-tab-heading">
        This tab: <span class="court-full-name">{court.name}</span>
      </h2>
      {training && (
        <p class="note">
          This is the court’s training site: practice here changes none of your statuses.
        </p>
      )}
      <p class="court-status">
        <strong>{statusLabel(status)}</strong> <span class="how-learned">{howLearned(status)}</span>
      </p>
      {conflict && <p class="conflict">{conflict}</p>}
      <p class="next-action">
        <span class="label">{step ? `Next (${step.toLowerCase()}): ` : 'Next: '}</span>
        {nextAction(status)}
      </p>
      {start && (
        <a class="button primary" href={start.href} target="_blank" rel="noopener noreferrer">
          {start.label === 'Start' ? 'Start linking in this court' : start.label}
        </a>
      )}
    </section>
  );
}
