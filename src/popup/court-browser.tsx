// All 188 courts, grouped by state, for a filer who would rather look than
// search: a disclosure per state, and an Add button per court not yet tracked.

import { useState } from 'preact/hooks';
import { COURTS } from '../flows/court-registry';
import type { Court } from '../flows/types';
import { t } from '../platform/i18n';

/** States in alphabetical order, each with its courts in registry order (district first). */
export function courtsByState(courts: readonly Court[] = COURTS): [string, Court[]][] {
  const groups = new Map<string, Court[]>();
  for (const court of courts) {
    const members = groups.get(court.state);
    if (members) members.push(court);
    else groups.set(court.state, [court]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

interface CourtBrowserProps {
  /** Courts already in "My courts": said so, with no Add button. */
  readonly tracked: ReadonlySet<string>;
  readonly onAdd: (court: Court) => void;
}

export function CourtBrowser({ tracked, onAdd }: CourtBrowserProps) {
  // Drawn once opened: the popup's first render stays as quick as without the list.
  const [opened, setOpened] = useState(false);
  return (
    <details
      class="court-browser"
      onToggle={(event) => event.currentTarget.open && setOpened(true)}
    >
      <summary>{t('popup_browse_courts')}</summary>
      {opened &&
        courtsByState().map(([state, courts]) => (
          <details key={state} class="court-state">
            <summary>
              {state} <span class="count">({courts.length})</span>
            </summary>
            <ul>
              {courts.map((court) => (
                // Focusable so that focus has somewhere to stay when Add gives way to "in my courts".
                <li key={court.id} data-browse-court={court.id} tabIndex={-1}>
                  <span class="option-title">{court.pacerTitle}</span>{' '}
                  {tracked.has(court.id) ? (
                    <span class="option-note">{t('popup_in_my_courts')}</span>
                  ) : (
                    <button
                      type="button"
                      onClick={(event) => {
                        event.currentTarget.closest('li')?.focus();
                        onAdd(court);
                      }}
                    >
                      {t('popup_add')} <span class="visually-hidden">{court.pacerTitle}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </details>
        ))}
    </details>
  );
}
