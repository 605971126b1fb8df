import { SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './dom-constants';
import { isHidden } from './find-link';
import { normalizeText } from './normalize-text';
import { readMessages, readShownText } from './shown-text';

// Recognition runs on every court page load, docket reports of many megabytes
// included. Each accessor reads a bounded slice of the page, once, on first use.
// The largest page of the flows seen has about 250 elements: ten times that
// and more still reads all of any flow page.
const ELEMENT_BUDGET = 3_000;
const TEXT_BUDGET = 20_000;
const LINK_BUDGET = 1_000;
const HEADING_BUDGET = 300;
const CONTROL_BUDGET = 300;
const BUTTON_BUDGET = 200;
const TAB_BUDGET = 60;
// A "heading" wrapping a large subtree is a layout element, not a heading.
const HEADING_MAX_CHILDREN = 8;

const SKIPPED_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

export interface PageLink {
  readonly element: HTMLAnchorElement;
  readonly text: string;
  /** The href attribute as written (absolute or relative). */
  readonly href: string;
  readonly inMenubar: boolean;
}

export type ControlType = 'text' | 'password' | 'select' | 'checkbox' | 'radio' | 'other';

export interface PageControl {
  readonly element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  readonly type: ControlType;
  /** Normalised label text from every place a label can be (never the value). */
  readonly label: string;
  /** The control's id and name, space-separated. */
  readonly key: string;
}

export interface PageButton {
  readonly element: Element;
  readonly text: string;
}

export interface PageTab {
  readonly element: Element;
  readonly text: string;
  readonly selected: boolean;
}

export interface PageView {
  readonly url: URL;
  readonly document: Document;
  title(): string;
  headings(): readonly string[];
  text(): string;
  links(): readonly PageLink[];
  controls(): readonly PageControl[];
  buttons(): readonly PageButton[];
  tabs(): readonly PageTab[];
  menubar(): Element | null;
  refreshTarget(): string | null;
  /** The text a person sees, in order, up to the text budget (see shown-text.ts). */
  shownText(): string;
  /** The message blocks shown in the main content (see shown-text.ts). */
  messages(): readonly string[];
}

export function createPageView(url: URL, document: Document): PageView {
  const once = <T>(read: () => T): (() => T) => {
    let value: T | undefined;
    let done = false;
    return () => {
      if (!done) {
        value = read();
        done = true;
      }
      return value as T;
    };
  };
  const scan = once(() => scanPage(document));
  const menubar = once(() => scan().menubar);
  return {
    url,
    document,
    menubar,
    title: once(() => normalizeText(document.title)),
    headings: once(() => readHeadings(scan().headings)),
    text: once(() => normalizeText(scan().text.join(' ')).slice(0, TEXT_BUDGET)),
    links: once(() => readLinks(scan().links, menubar())),
    controls: once(() => readControls(scan().controls)),
    buttons: once(() => readButtons(scan().buttons)),
    tabs: once(() => readTabs(scan().tabs)),
    refreshTarget: once(() => readRefreshTarget(scan().metas)),
    shownText: once(() => (document.body ? readShownText(document.body, TEXT_BUDGET) : '')),
    messages: once(() => readMessages(document)),
  };
}

interface PageScan {
  readonly menubar: Element | null;
  readonly text: string[];
  readonly links: HTMLAnchorElement[];
  readonly headings: Element[];
  readonly controls: Element[];
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
 * everything recognition needs (the menu bar) comes first.
 */
function scanPage(document: Document): PageScan {
  const scan: PageScan = {
    menubar: null,
    text: [],
    links: [],
    headings: [],
    controls: [],
    buttons: [],
    tabs: [],
    metas: [],
  };
  const root = document.documentElement;
  if (!root) return scan;
  let menubar: Element | null = null;
  let elements = 0;
  let textLength = 0;
  const walker = document.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === TEXT_NODE) {
      if (textLength >= TEXT_BUDGET || SKIPPED_TEXT_PARENTS.has(node.parentNode?.nodeName ?? ''))
        continue;
      const value = node.nodeValue ?? '';
      if (!value.trim()) continue;
      scan.text.push(value);
      textLength += value.length;
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

function readHeadings(elements: readonly Element[]): string[] {
  const found: string[] = [];
  for (const element of elements) {
    if (element.childElementCount > HEADING_MAX_CHILDREN) continue;
    // Bold text around a link is a link, and links are matched as links.
    if (element.querySelector('a[href]')) continue;
    const text = normalizeText(element.textContent ?? '');
    if (text) found.push(text);
  }
  return found;
}

function readLinks(anchors: readonly HTMLAnchorElement[], menubar: Element | null): PageLink[] {
  return anchors.map((element) => ({
    element,
    text: normalizeText(element.textContent ?? ''),
    href: element.getAttribute('href') ?? '',
    inMenubar: menubar?.contains(element) ?? false,
  }));
}

function readControls(elements: readonly Element[]): PageControl[] {
  const controls: PageControl[] = [];
  for (const element of elements as readonly (
    HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
  )[]) {
    const type = controlType(element);
    if (type === 'other') continue;
    controls.push({
      element,
      type,
      label: normalizeText(labelOf(element)),
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

/** Every place a form control's label can be on court pages, joined. */
function labelOf(element: HTMLElement): string {
  const parts: string[] = [];
  const labels = (element as HTMLInputElement).labels;
  if (labels) for (const label of labels) parts.push(label.textContent ?? '');
  for (const attribute of ['aria-label', 'title', 'placeholder']) {
    const value = element.getAttribute(attribute);
    if (value) parts.push(value);
  }
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) {
      parts.push(element.ownerDocument.getElementById(id)?.textContent ?? '');
    }
  }
  // CM/ECF lays forms out as tables: the label is the previous cell.
  const cell = element.closest('td,th');
  const previousCell = cell?.previousElementSibling;
  if (previousCell && previousCell.childElementCount <= HEADING_MAX_CHILDREN) {
    parts.push(previousCell.textContent ?? '');
  }
  // Or as bare text just before the control ("CM/ECF login: <input>").
  const previous = element.previousSibling;
  if (previous?.nodeType === TEXT_NODE) parts.push(previous.nodeValue ?? '');
  return parts.join(' ');
}

function readButtons(elements: readonly Element[]): PageButton[] {
  const buttons: PageButton[] = [];
  for (const element of elements) {
    // For input buttons the caption is the value attribute; these are never text or password fields.
    const caption =
      element.tagName === 'INPUT'
        ? (element.getAttribute('value') ?? element.getAttribute('alt') ?? '')
        : (element.textContent ?? '');
    buttons.push({ element, text: normalizeText(caption) });
  }
  return buttons;
}

function readTabs(elements: readonly Element[]): PageTab[] {
  const tabs: PageTab[] = [];
  for (const element of elements) {
    const className = element.getAttribute('class') ?? '';
    tabs.push({
      element,
      text: normalizeText(element.textContent ?? ''),
      selected:
        element.getAttribute('aria-selected') === 'true' ||
        /\b(ui-state-active|ui-tabs-selected|active|selected)\b/.test(className),
    });
  }
  return tabs;
}

function readRefreshTarget(metas: readonly Element[]): string | null {
  for (const meta of metas) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() !== 'refresh') continue;
    const match = /url\s*=\s*['"]?([^'"]+)/i.exec(meta.getAttribute('content') ?? '');
    if (match?.[1]) return match[1].trim();
  }
  return null;
}
