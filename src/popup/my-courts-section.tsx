import { useEffect, useState } from 'preact/hooks';
import { COURTS } from '../flows/court-registry';
import { t } from '../platform/i18n';
import { FIRST_FRAME_ROWS } from './first-frame-rows';
import type { CourtStatus, CourtStatusName } from '../progress/court-status';
import { CourtRow } from './court-row';
import type { PopupActions } from './popup-actions';

/** The order of the groups: what needs the filer first. `title` names the heading's message. */
const GROUPS: readonly { status: CourtStatusName; title: string }[] = [
  { status: 'in-progress', title: 'popup_group_in_progress' },
  { status: 'requested', title: 'popup_group_requested' },
  { status: 'not-started', title: 'popup_group_not_started' },
  { status: 'linked', title: 'popup_group_linked' },
  { status: 'not-needed', title: 'popup_group_not_needed' },
];

// Registry order (by id, so by state) keeps a court in the same place across opens.
const REGISTRY_ORDER = new Map(COURTS.map((court, index) => [court.id, index]));

interface MyCourtsProps {
  readonly statuses: Readonly<Record<string, CourtStatus>>;
  readonly actions: PopupActions;
  readonly now: () => number;
}

function summary(statuses: Readonly<Record<string, CourtStatus>>): string {
  const all = Object.values(statuses);
  if (all.length === 0) return t('popup_no_courts');
  const linked = String(all.filter((status) => status.status === 'linked').length);
  const notNeeded = all.filter((status) => status.status === 'not-needed').length;
  if (all.length === 1)
    return notNeeded > 0
      ? t('popup_summary_one_not_needed', linked, String(notNeeded))
      : t('popup_summary_one', linked);
  return notNeeded > 0
    ? t('popup_summary_not_needed', linked, String(all.length), String(notNeeded))
    : t('popup_summary', linked, String(all.length));
}

export function MyCourtsSection({ statuses, actions, now }: MyCourtsProps) {
  // Preact runs effects after the frame is painted: the remaining rows come right after it.
  const [allRows, setAllRows] = useState(false);
  useEffect(() => setAllRows(true), []);
  const entries = Object.entries(statuses).sort(
    ([a], [b]) => (REGISTRY_ORDER.get(a) ?? 0) - (REGISTRY_ORDER.get(b) ?? 0),
  );
  let rowsLeft = allRows ? entries.length : FIRST_FRAME_ROWS;
  return (
    <section aria-labelledby="my-courts-heading">
      <h2 id="my-courts-heading">{t('popup_my_courts_heading')}</h2>
      <p class="summary">{summary(statuses)}</p>
      {GROUPS.map(({ status, title }) => {
        const members = entries.filter(([, courtStatus]) => courtStatus.status === status);
        if (members.length === 0) return null;
        // The heading counts every member from the first frame; only rows wait.
        const drawn = members.slice(0, rowsLeft);
        rowsLeft -= drawn.length;
        const headingId = `group-${status}`;
        return (
          <div class="court-group" key={status}>
            <h3 id={headingId}>
              {t(title)} <span class="count">({members.length})</span>
            </h3>
            <ul aria-labelledby={headingId}>
              {drawn.map(([court, courtStatus]) => (
                <CourtRow
                  key={court}
                  court={court}
                  status={courtStatus}
                  actions={actions}
                  now={now}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
