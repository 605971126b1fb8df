import { COURTS } from '../flows/court-registry';
import type { CourtStatus, CourtStatusName } from '../progress/court-status';
import { CourtRow } from './court-row';
import type { PopupActions } from './popup-actions';

/** The order of the groups: what needs the filer first. */
const GROUPS: readonly { status: CourtStatusName; title: string }[] = [
  { status: 'in-progress', title: 'In progress' },
  { status: 'requested', title: 'Requested' },
  { status: 'not-started', title: 'Not started' },
  { status: 'linked', title: 'Linked' },
  { status: 'not-needed', title: 'Not needed' },
];

// Registry order (by id, so by state) keeps a court in the same place across opens.
const REGISTRY_ORDER = new Map(COURTS.map((court, index) => [court.id, index]));

interface MyCourtsProps {
  readonly statuses: Readonly<Record<string, CourtStatus>>;
  readonly actions: PopupActions;
}

export function summary(statuses: Readonly<Record<string, CourtStatus>>): string {
  const all = Object.values(statuses);
  if (all.length === 0)
    return 'No courts yet. Add the courts you file in, or open a court’s CM/ECF site.';
  const linked = all.filter((status) => status.status === 'linked').length;
  const notNeeded = all.filter((status) => status.status === 'not-needed').length;
  const courts = all.length === 1 ? 'court' : 'courts';
  return `${linked} of ${all.length} ${courts} linked${notNeeded > 0 ? `, ${notNeeded} not needed` : ''}`;
}

export function MyCourtsSection({ statuses, actions }: MyCourtsProps) {
  const entries = Object.entries(statuses).sort(
    ([a], [b]) => (REGISTRY_ORDER.get(a) ?? 0) - (REGISTRY_ORDER.get(b) ?? 0),
  );
  return (
    <section aria-labelledby="my-courts-heading">
      <h2 id="my-courts-heading">My courts</h2>
      <p class="summary">{summary(statuses)}</p>
      {GROUPS.map(({ status, title }) => {
        const members = entries.filter(([, courtStatus]) => courtStatus.status === status);
        if (members.length === 0) return null;
        const headingId = `group-${status}`;
        return (
          <div class="court-group" key={status}>
            <h3 id={headingId}>
              {title} <span class="count">({members.length})</span>
            </h3>
            <ul aria-labelledby={headingId}>
              {members.map(([court, courtStatus]) => (
                <CourtRow key={court} court={court} status={courtStatus} actions={actions} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
