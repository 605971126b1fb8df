import { courtByPacerTitle, courtsNamedIn } from '../flows/court-registry';
import { COURT_LINE, COURT_SELECT } from '../flows/page-patterns';
import type { FieldPattern, StepReads } from '../flows/types';
import {
  ITEM_RAW_LIMIT,
  ITEM_TEXT_LIMIT,
  nextInTree,
  normalizePrefix,
  readBudget,
  readText,
  type ReadBudget,
} from './bounded-text';
import { ELEMENT_NODE, isSelect } from './dom-constants';
import { matchesField } from './match-signal';
import { normalizeText } from './normalize-text';
import type { PageView } from './page-view';
import { displayPrefix, readLabelledValue } from './read-labelled-value';
import { isShownElement } from './shown-text';
import type { RegistrationRecord, RegistrationState } from './types';

// A drop-down of every court has some two hundred options; a history table
// lists a filer's requests, a few dozen. Many times those, and no more, are read.
const OPTION_BUDGET = 1_000;
const TABLE_BUDGET = 100;
const ROW_BUDGET = 2_000;
const COLUMN_BUDGET = 50;

const shortText = (element: Element, budget: ReadBudget): string =>
  readText(element, { chars: ITEM_RAW_LIMIT, budget }).text;

function courtSelect(view: PageView, pattern: FieldPattern): HTMLSelectElement | null {
  const control = view.controls().find((candidate) => matchesField(pattern, candidate));
  return control && isSelect(control.element) ? control.element : null;
}

/** The ids of the courts a drop-down offers, by their PACER titles, sorted. */
export function readCourtOptions(view: PageView, pattern: FieldPattern): string[] {
  const select = courtSelect(view, pattern);
  if (!select) return [];
  const budget = readBudget();
  const ids = new Set<string>();
  // Asked for once: each of jsdom's `select.options` costs as much as reading an option.
  const { options } = select;
  for (let index = 0; index < OPTION_BUDGET; index += 1) {
    const option = options.item(index);
    if (!option) break;
    const court = courtByPacerTitle(shortText(option, budget));
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
    const court = courtByPacerTitle(shortText(chosen, readBudget()));
    if (court) return { court: court.id, named: [], evidence: `court:chosen ${court.id}` };
  }
  const shown = readLabelledValue(view.document, COURT_LINE, view.isHidden);
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

/** The page's tables, in document order, as far as the budgets go. */
function tablesOf(document: Document): HTMLTableElement[] {
  const tables: HTMLTableElement[] = [];
  let nodes = readBudget().nodes;
  for (
    let node = nextInTree(document, document);
    node && tables.length < TABLE_BUDGET && (nodes -= 1) >= 0;
    node = nextInTree(node, document)
  ) {
    if (node.nodeType === ELEMENT_NODE && (node as Element).localName === 'table') {
      tables.push(node as HTMLTableElement);
    }
  }
  return tables;
}

/** The row's cells, up to COLUMN_BUDGET. */
function cellsOf(row: HTMLTableRowElement): HTMLTableCellElement[] {
  const cells: HTMLTableCellElement[] = [];
  for (let cell = row.cells.item(0); cell && cells.length < COLUMN_BUDGET;) {
    cells.push(cell);
    cell = row.cells.item(cells.length);
  }
  return cells;
}

/** Shown rows of the shown tables that list requests by court and status. */
export function readRegistrations(view: PageView, words: StatusWords): RegistrationRecord[] {
  const budget = readBudget();
  const records: RegistrationRecord[] = [];
  let rowsLeft = ROW_BUDGET;
  for (const table of tablesOf(view.document)) {
    if (!isShownElement(table, view.isHidden)) continue;
    const rows: HTMLTableRowElement[] = [];
    for (let row = table.rows.item(0); row && rowsLeft > 0; row = table.rows.item(rows.length)) {
      rows.push(row);
      rowsLeft -= 1;
    }
    // The header row has header cells of its own (a table nested in a row has its own header).
    const headerRow = rows.findIndex((row) => cellsOf(row).some((cell) => cell.localName === 'th'));
    const header = rows[headerRow < 0 ? 0 : headerRow];
    if (!header) continue;
    const headers = cellsOf(header).map((cell) =>
      normalizePrefix(shortText(cell, budget), ITEM_TEXT_LIMIT),
    );
    const courtColumn = columnIndex(headers, /^court( name)?$/);
    const statusColumn = columnIndex(headers, /status/);
    if (courtColumn < 0 || statusColumn < 0) continue;
    for (const row of rows.slice(rows.indexOf(header) + 1)) {
      if (!isShownElement(row, view.isHidden)) continue;
      const courtCell = row.cells.item(courtColumn);
      const statusCell = row.cells.item(statusColumn);
      const court = courtCell ? courtByPacerTitle(shortText(courtCell, budget)) : undefined;
      const status = statusCell ? displayPrefix(shortText(statusCell, budget)) : '';
      if (!court || !status) continue;
      records.push({ court: court.id, status, state: stateOf(status, words) });
    }
  }
  return records;
}
