import { courtByPacerTitle } from '../flows/court-registry';
import { COURT_LINE, COURT_SELECT } from '../flows/page-patterns';
import type { FieldPattern } from '../flows/types';
import { isSelect } from './dom-constants';
import { matchesField } from './match-signal';
import { normalizeText } from './normalize-text';
import type { PageView } from './page-view';
import { displayText, readLabelledValue } from './read-labelled-value';
import type { RegistrationRecord } from './types';

function courtSelect(view: PageView, pattern: FieldPattern): HTMLSelectElement | null {
  const control = view.controls().find((candidate) => matchesField(pattern, candidate));
  return control && isSelect(control.element) ? control.element : null;
}

/** The ids of the courts a drop-down offers, by their PACER titles, sorted. */
export function readCourtOptions(view: PageView, pattern: FieldPattern): string[] {
  const select = courtSelect(view, pattern);
  if (!select) return [];
  const ids = new Set<string>();
  for (const option of select.options) {
    const court = courtByPacerTitle(option.textContent ?? '');
    if (court) ids.add(court.id);
  }
  return [...ids].sort();
}

/** The court a PACER account page is about: the chosen court, or a "Court: …" line. */
export function readPacerCourt(view: PageView): string | null {
  const select = courtSelect(view, COURT_SELECT);
  // An untouched drop-down shows its first option: that is no choice.
  const chosen = select?.selectedOptions[0];
  if (chosen && (select.selectedIndex > 0 || chosen.hasAttribute('selected'))) {
    const court = courtByPacerTitle(chosen.textContent ?? '');
    if (court) return court.id;
  }
  const shown = readLabelledValue(view.document, COURT_LINE);
  return (shown && courtByPacerTitle(shown)?.id) ?? null;
}

function columnIndex(headers: readonly string[], pattern: RegExp): number {
  return headers.findIndex((header) => pattern.test(header));
}

/** Rows of the tables that list requests by court and status. */
export function readRegistrations(view: PageView, processed: RegExp): RegistrationRecord[] {
  const records: RegistrationRecord[] = [];
  for (const table of view.document.querySelectorAll('table')) {
    const rows = [...table.rows];
    const headerRow = rows.findIndex((row) => row.querySelector('th') !== null);
    const header = rows[headerRow < 0 ? 0 : headerRow];
    if (!header) continue;
    const headers = [...header.cells].map((cell) => normalizeText(cell.textContent ?? ''));
    const courtColumn = columnIndex(headers, /^court( name)?$/);
    const statusColumn = columnIndex(headers, /status/);
    if (courtColumn < 0 || statusColumn < 0) continue;
    for (const row of rows.slice(rows.indexOf(header) + 1)) {
      const court = courtByPacerTitle(row.cells[courtColumn]?.textContent ?? '');
      const status = displayText(row.cells[statusColumn]?.textContent ?? '');
      if (!court || !status) continue;
      records.push({ court: court.id, status, processed: processed.test(normalizeText(status)) });
    }
  }
  return records;
}
