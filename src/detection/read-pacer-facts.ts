import { courtByPacerTitle, courtsNamedIn } from '../flows/court-registry';
import { COURT_LINE, COURT_SELECT } from '../flows/page-patterns';
import type { FieldPattern, StepReads } from '../flows/types';
import { isSelect } from './dom-constants';
import { matchesField } from './match-signal';
import { normalizeText } from './normalize-text';
import type { PageView } from './page-view';
import { displayText, readLabelledValue } from './read-labelled-value';
import { isShownElement } from './shown-text';
import type { RegistrationRecord, RegistrationState } from './types';

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

export interface PacerCourtFinding {
  readonly court: string | null;
  /** The courts the page's text names, when more than one. */
  readonly named: readonly string[];
  readonly evidence: string | null;
}

/**
 * The court a PACER account page is about: the court chosen in the drop-down,
 * else the one court its shown text names ("Court: Iowa Southern District
 * Court - NextGen", "Your request has been submitted to the …"). A page that
 * names two courts is about neither, as far as anyone can tell.
 */
export function readPacerCourt(view: PageView): PacerCourtFinding {
  const select = courtSelect(view, COURT_SELECT);
  // An untouched drop-down shows its first option: that is no choice.
  const chosen = select?.selectedOptions[0];
  if (chosen && (select.selectedIndex > 0 || chosen.hasAttribute('selected'))) {
    const court = courtByPacerTitle(chosen.textContent ?? '');
    if (court) return { court: court.id, named: [], evidence: `court:chosen ${court.id}` };
  }
  const shown = readLabelledValue(view.document, COURT_LINE);
  const labelled = shown ? courtByPacerTitle(shown) : undefined;
  if (labelled) return { court: labelled.id, named: [], evidence: `court:label ${labelled.id}` };
  const named = courtsNamedIn(view.shownText()).map((court) => court.id);
  if (named.length === 1 && named[0]) {
    return { court: named[0], named: [], evidence: `court:text ${named[0]}` };
  }
  return named.length > 1
    ? { court: null, named, evidence: `court:unknown, the page names ${named.join(' and ')}` }
    : { court: null, named: [], evidence: null };
}

function columnIndex(headers: readonly string[], pattern: RegExp): number {
  return headers.findIndex((header) => pattern.test(header));
}

type StatusWords = NonNullable<StepReads['registrations']>;

function stateOf(status: string, words: StatusWords): RegistrationState {
  const text = normalizeText(status);
  // "Pending" before "processed": "not processed" and the like stay unsettled.
  if (words.rejected.test(text)) return 'rejected';
  if (words.pending.test(text)) return 'pending';
  if (/\bnot\b/.test(text)) return 'unknown';
  if (words.processed.test(text)) return 'processed';
  return 'unknown';
}

/** Shown rows of the shown tables that list requests by court and status. */
export function readRegistrations(view: PageView, words: StatusWords): RegistrationRecord[] {
  const records: RegistrationRecord[] = [];
  for (const table of view.document.querySelectorAll('table')) {
    if (!isShownElement(table)) continue;
    const rows = [...table.rows];
    const headerRow = rows.findIndex((row) => row.querySelector('th') !== null);
    const header = rows[headerRow < 0 ? 0 : headerRow];
    if (!header) continue;
    const headers = [...header.cells].map((cell) => normalizeText(cell.textContent ?? ''));
    const courtColumn = columnIndex(headers, /^court( name)?$/);
    const statusColumn = columnIndex(headers, /status/);
    if (courtColumn < 0 || statusColumn < 0) continue;
    for (const row of rows.slice(rows.indexOf(header) + 1)) {
      if (!isShownElement(row)) continue;
      const court = courtByPacerTitle(row.cells[courtColumn]?.textContent ?? '');
      const status = displayText(row.cells[statusColumn]?.textContent ?? '');
      if (!court || !status) continue;
      records.push({ court: court.id, status, state: stateOf(status, words) });
    }
  }
  return records;
}
