import { TextGatherer } from './bounded-text';
import { SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './dom-constants';
import { isHidden } from './find-link';

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

export interface PageScan {
  readonly menubar: Element | null;
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
export function scanPage(document: Document): PageScan {
  const scan: PageScan = {
    menubar: null,
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
  let elements = 0;
  const walker = document.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === TEXT_NODE) {
      if (!scan.text.full && !SKIPPED_TEXT_PARENTS.has(node.parentNode?.nodeName ?? '')) {
        scan.text.add(node.nodeValue ?? '');
      }
      continue;
    }
    if ((elements += 1) > ELEMENT_BUDGET) break;
    const element = node as Element;
    const tag = element.tagName;
    if (tag === 'A') {
      if (scan.links.length < LINK_BUDGET) scan.links.push(element as HTMLAnchorElement);
    } else if (CONTROL_TAGS.has(tag)) {
      if (
        tag === 'INPUT' &&
        BUTTON_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase())
      ) {
        scan.buttons.push(element);
      } else if (scan.controls.length < CONTROL_BUDGET) scan.controls.push(element);
    } else if (tag === 'BUTTON') {
      scan.buttons.push(element);
    } else if (tag === 'META') {
      scan.metas.push(element);
    } else if (
      HEADING_TAGS.has(tag) ||
      element.classList.contains('title') ||
      element.classList.contains('ui-panel-title')
    ) {
      if (scan.headings.length < HEADING_BUDGET) scan.headings.push(element);
    } else if (
      !menubar &&
      (element.id === 'topmenu' || element.classList.contains('yuimenubar')) &&
      isMenubarPlace(element)
    ) {
      menubar = element;
    }
    if (tag === 'LABEL') scan.labels.push(element);
    const role = element.getAttribute('role');
    if (role === 'tab' && scan.tabs.length < TAB_BUDGET) scan.tabs.push(element);
    else if (role === 'button' && tag !== 'BUTTON') scan.buttons.push(element);
    else if (role === 'heading' && !HEADING_TAGS.has(tag)) scan.headings.push(element);
  }
  return { ...scan, menubar, buttons: scan.buttons.slice(0, BUTTON_BUDGET) };
}

/**
 * The menu bar sits at the top of the page, shown: one inside a table (a
 * docket entry, a report) or under a hidden element is someone's copy of it.
 */
function isMenubarPlace(element: Element): boolean {
  return element.closest('table') === null && !isHidden(element);
}
