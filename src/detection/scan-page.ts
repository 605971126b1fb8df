import { TextGatherer } from './bounded-text';
import { SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './dom-constants';
import type { HiddenCheck } from './hidden';
import { attributeOf, classesOf, listsClass } from './read-attributes';

// The largest page of the flows seen has about 250 elements: ten times that
// and more still reads all of any flow page.
const ELEMENT_BUDGET = 3_000;
export const TEXT_BUDGET = 20_000;
const LINK_BUDGET = 1_000;
const HEADING_BUDGET = 300;
const CONTROL_BUDGET = 300;
const BUTTON_BUDGET = 200;
const TAB_BUDGET = 60;

const SKIPPED_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** Indices into the scan's links: `from` up to, not including, `to`. */
export interface LinkRange {
  readonly from: number;
  readonly to: number;
}

export interface PageScan {
  readonly menubar: Element | null;
  /** The links inside the menu bar: its subtree is one stretch of the walk. */
  readonly menubarLinks: LinkRange;
  /** The page's text, up to TEXT_BUDGET normalised characters. */
  readonly text: TextGatherer;
  readonly links: HTMLAnchorElement[];
  readonly headings: Element[];
  readonly controls: Element[];
  /** Label elements: where a control's `for` labels are looked up. */
  readonly labels: Element[];
  readonly buttons: Element[];
  readonly tabs: Element[];
  readonly metas: Element[];
}

const HEADING_TAGS = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LEGEND',
  'CAPTION',
  'TH',
  'B',
  'STRONG',
]);
const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const BUTTON_INPUT_TYPES = new Set(['submit', 'button', 'reset', 'image']);

/**
 * One walk over the top of the document, sorting elements into what the
 * signals read. It stops after a fixed number of elements, so its cost does
 * not grow with the page: the flows' pages are small, and on a docket report
 * everything recognition needs (the menu bar) comes first. A text node of
 * megabytes is cut before anything reads it (TextGatherer).
 */
export function scanPage(document: Document, isHidden: HiddenCheck): PageScan {
  const scan: PageScan = {
    menubar: null,
    menubarLinks: { from: 0, to: 0 },
    text: new TextGatherer(TEXT_BUDGET),
    links: [],
    headings: [],
    controls: [],
    labels: [],
    buttons: [],
    tabs: [],
    metas: [],
  };
  const root = document.documentElement;
  if (!root) return scan;
  let menubar: Element | null = null;
  // The walk is inside the menu bar from it to the element after its subtree:
  // its links are those found in between, with no need to ask each link.
  let afterMenubar: Element | null = null;
  let menubarFrom = 0;
  let menubarTo: number | null = null;
  let elements = 0;
  let walker = document.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === TEXT_NODE) {
      const textNode = node;
      scan.text.add(
        textNode.nodeValue ?? '',
        () => !SKIPPED_TEXT_PARENTS.has(textNode.parentNode?.nodeName ?? ''),
      );
      if (scan.text.full) {
        // The text is read: the rest of the walk (a docket's rows) needs only elements.
        walker = document.createTreeWalker(root, SHOW_ELEMENT);
        walker.currentNode = node;
      }
      continue;
    }
    if ((elements += 1) > ELEMENT_BUDGET) break;
    const element = node as Element;
    if (element === afterMenubar) menubarTo = scan.links.length;
    const tag = element.tagName;
    // Which attributes it has, in one call (see read-attributes.ts).
    const names = element.getAttributeNames();
    if (tag === 'A') {
      if (scan.links.length < LINK_BUDGET) scan.links.push(element as HTMLAnchorElement);
    } else if (CONTROL_TAGS.has(tag)) {
      if (
        tag === 'INPUT' &&
        BUTTON_INPUT_TYPES.has((attributeOf(element, names, 'type') ?? '').toLowerCase())
      ) {
        scan.buttons.push(element);
      } else if (scan.controls.length < CONTROL_BUDGET) scan.controls.push(element);
    } else if (tag === 'BUTTON') {
      scan.buttons.push(element);
    } else if (tag === 'META') {
      scan.metas.push(element);
    } else if (HEADING_TAGS.has(tag)) {
      if (scan.headings.length < HEADING_BUDGET) scan.headings.push(element);
    } else {
      const classes = classesOf(element, names);
      if (listsClass(classes, 'title') || listsClass(classes, 'ui-panel-title')) {
        if (scan.headings.length < HEADING_BUDGET) scan.headings.push(element);
      } else if (
        !menubar &&
        ((names.includes('id') && element.id === 'topmenu') || listsClass(classes, 'yuimenubar')) &&
        isMenubarPlace(element, isHidden)
      ) {
        menubar = element;
        afterMenubar = elementAfter(element);
        menubarFrom = scan.links.length;
      }
    }
    if (tag === 'LABEL') scan.labels.push(element);
    const role = attributeOf(element, names, 'role');
    if (role === 'tab' && scan.tabs.length < TAB_BUDGET) scan.tabs.push(element);
    else if (role === 'button' && tag !== 'BUTTON') scan.buttons.push(element);
    else if (role === 'heading' && !HEADING_TAGS.has(tag)) scan.headings.push(element);
  }
  return {
    ...scan,
    menubar,
    menubarLinks: menubar
      ? { from: menubarFrom, to: menubarTo ?? scan.links.length }
      : scan.menubarLinks,
    buttons: scan.buttons.slice(0, BUTTON_BUDGET),
  };
}

/** The first element after `element`'s subtree in document order: where the walk leaves it. */
function elementAfter(element: Element): Element | null {
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}

/**
 * The menu bar sits at the top of the page, shown: one inside a table (a
 * docket entry, a report) or under a hidden element is someone's copy of it.
 */
function isMenubarPlace(element: Element, isHidden: HiddenCheck): boolean {
  return element.closest('table') === null && !isHidden(element);
}
