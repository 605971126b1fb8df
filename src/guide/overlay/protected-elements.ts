// The elements on the live page that a step asks the filer to read or use
// (see flows/protected-context.ts), found as a filer finds them: by the words
// of their labels, captions and tables. The bubble is placed clear of them.
import { matchesText, normalizeText } from '../../detection/normalize-text';
import type { Protect, TextPattern } from '../../flows/types';

const CONTROLS = 'input:not([type="hidden"]), select, textarea';
const BUTTONS =
  'button, input[type="submit"], input[type="button"], input[type="reset"], [role="button"]';
const WIDGETS = '.ui-chkbox, .ui-radiobutton, .ui-selectonemenu, .ui-selectmanymenu';

/**
 * What the filer sees of an element. Widget libraries (PrimeFaces on PACER)
 * hide the native check box or select in a visually hidden wrapper and draw
 * their own: the widget is what is seen.
 */
export function shownElement(element: Element): Element {
  const widget = element.closest(WIDGETS);
  if (widget) return widget;
  const hidden = element.closest('.ui-helper-hidden-accessible');
  return hidden?.parentElement ?? element;
}

/** The elements that label a control: label[for] or a wrapping label, aria-labelledby, or (CM/ECF's tables) the cell before it. */
function labelsOf(control: Element): Element[] {
  const found = new Set<Element>((control as HTMLInputElement).labels ?? []);
  for (const id of control.getAttribute('aria-labelledby')?.split(/\s+/) ?? []) {
    const label = id ? control.ownerDocument.getElementById(id) : null;
    if (label) found.add(label);
  }
  const previousCell = control.closest('td, th')?.previousElementSibling;
  if (found.size === 0 && previousCell) found.add(previousCell);
  return [...found];
}

function captionOf(button: Element): string {
  return button.tagName === 'INPUT'
    ? (button.getAttribute('value') ?? '')
    : (button.textContent ?? '');
}

function isShown(element: Element): boolean {
  // jsdom has no layout: there every connected element counts as shown.
  return element.checkVisibility?.({ visibilityProperty: true }) ?? true;
}

function textOf(elements: readonly Element[]): string {
  return normalizeText(elements.map((element) => element.textContent ?? '').join(' '));
}

const BLOCKS = 'p, li, dd, td, th, div, label, span';

/** The smallest of the elements `selector` finds whose text matches: none holds another that does. */
function smallestMatching(document: Document, selector: string, pattern: TextPattern): Element[] {
  const matching = [...document.querySelectorAll(selector)].filter((group) =>
    matchesText(pattern, textOf([group])),
  );
  return matching.filter(
    (group) => !matching.some((other) => other !== group && group.contains(other)),
  );
}

export interface ProtectedElements {
  /** Never covered while the bubble can be placed at all: the target, its labels, fields, buttons, tables. */
  readonly always: readonly Element[];
  /** Text to read, kept clear unless that would leave the bubble scrolling inside. */
  readonly ifRoom: readonly Element[];
}

/**
 * The elements the bubble must leave uncovered: the target and its labels,
 * then what the step's `protects` name, each as the filer sees it. Hidden
 * elements take no room and are left out.
 */
export function protectedElements(
  document: Document,
  target: Element | null,
  protects: readonly Protect[],
): ProtectedElements {
  const always = new Set<Element>();
  const ifRoom = new Set<Element>();
  const add = (element: Element, to = always) => {
    const shown = shownElement(element);
    if (isShown(shown)) to.add(shown);
  };
  if (target) for (const element of [target, ...labelsOf(target)]) add(element);
  // The buttons beside the target (Clear beside Submit, Back and Cancel beside Next) stay in sight too.
  for (const sibling of target?.parentElement?.children ?? []) {
    if (sibling !== target && sibling.matches(BUTTONS)) add(sibling);
  }
  for (const protect of protects) {
    if ('field' in protect) {
      for (const control of document.querySelectorAll(CONTROLS)) {
        const labels = labelsOf(control);
        if (!matchesText(protect.field, textOf(labels))) continue;
        for (const element of [control, ...labels]) add(element);
      }
    } else if ('button' in protect) {
      for (const button of document.querySelectorAll(BUTTONS)) {
        if (matchesText(protect.button, normalizeText(captionOf(button)))) add(button);
      }
    } else if ('table' in protect) {
      for (const group of smallestMatching(document, 'table, fieldset', protect.table)) add(group);
    } else if ('block' in protect) {
      // A line's block spans the page's width: its words (label, value) are what must stay in sight.
      for (const block of smallestMatching(document, BLOCKS, protect.block)) {
        const words = [...block.children];
        for (const element of words.length > 0 ? words : [block]) add(element);
      }
    } else {
      for (const block of smallestMatching(document, BLOCKS, protect.text)) add(block, ifRoom);
    }
  }
  return { always: [...always], ifRoom: [...ifRoom].filter((element) => !always.has(element)) };
}
