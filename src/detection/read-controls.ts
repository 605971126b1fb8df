import {
  cutText,
  ITEM_RAW_LIMIT,
  ITEM_TEXT_LIMIT,
  normalizePrefix,
  readBudget,
  readText,
  type ReadBudget,
} from './bounded-text';
import { TEXT_NODE } from './dom-constants';
import type { ControlType, PageControl } from './page-view';

// A previous cell wrapping a large subtree is layout, not a label.
const LABEL_CELL_MAX_CHILDREN = 8;
const LABELABLE = 'button,input:not([type="hidden"]),meter,output,progress,select,textarea';
const DOCUMENT_POSITION_FOLLOWING = 4;

type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The form controls among `elements`, each with its label; `labels` are the page's label elements. */
export function readControls(
  elements: readonly Element[],
  labels: readonly Element[],
): PageControl[] {
  const budget = readBudget();
  const labelsFor = new Map<string, Element[]>();
  for (const label of labels) {
    const target = label.getAttribute('for');
    if (target) labelsFor.set(target, [...(labelsFor.get(target) ?? []), label]);
  }
  const controls: PageControl[] = [];
  for (const element of elements as readonly FormControl[]) {
    const type = controlType(element);
    if (type === 'other') continue;
    controls.push({
      element,
      type,
      label: normalizePrefix(
        labelOf(element, labelsOf(element, labelsFor), budget),
        ITEM_TEXT_LIMIT,
      ),
      key: `${element.id} ${element.getAttribute('name') ?? ''}`.trim(),
    });
  }
  return controls;
}

// Reads the type attribute, never the value: password fields are only ever located.
function controlType(element: Element): ControlType {
  if (element.tagName === 'SELECT') return 'select';
  if (element.tagName === 'TEXTAREA') return 'text';
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'password') return 'password';
  if (type === 'checkbox' || type === 'radio') return type;
  if (['text', 'email', 'tel', 'search', ''].includes(type)) return 'text';
  return 'other';
}

/**
 * The control's labels, as its `labels` property gives them: those whose
 * `for` names it, and the one around it. `labels` searches the whole document
 * for every control; these `for` labels are the ones scanPage found, at the top
 * of the page with the controls themselves.
 */
function labelsOf(element: FormControl, labelsFor: ReadonlyMap<string, Element[]>): Element[] {
  const { id } = element;
  const found =
    id && element.ownerDocument.getElementById(id) === element
      ? [...(labelsFor.get(id) ?? [])]
      : [];
  const around = element.closest('label');
  if (around && !around.hasAttribute('for') && around.querySelector(LABELABLE) === element) {
    found.push(around);
    found.sort((a, b) => (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }
  return found;
}

/** Every place a form control's label can be on court pages, joined, each read in part. */
function labelOf(element: FormControl, labels: readonly Element[], budget: ReadBudget): string {
  const parts: string[] = [];
  const textOf = (label: Element) => readText(label, { chars: ITEM_RAW_LIMIT, budget }).text;
  for (const label of labels) parts.push(textOf(label));
  for (const attribute of ['aria-label', 'title', 'placeholder']) {
    const value = element.getAttribute(attribute);
    if (value) parts.push(cutText(value, ITEM_RAW_LIMIT));
  }
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) {
      const label = element.ownerDocument.getElementById(id);
      if (label) parts.push(textOf(label));
    }
  }
  // CM/ECF lays forms out as tables: the label is the previous cell.
  const cell = element.closest('td,th');
  const previousCell = cell?.previousElementSibling;
  if (previousCell && previousCell.childElementCount <= LABEL_CELL_MAX_CHILDREN) {
    parts.push(textOf(previousCell));
  }
  // Or as bare text just before the control ("CM/ECF login: <input>").
  const previous = element.previousSibling;
  if (previous?.nodeType === TEXT_NODE)
    parts.push(cutText(previous.nodeValue ?? '', ITEM_RAW_LIMIT));
  return parts.join(' ');
}
