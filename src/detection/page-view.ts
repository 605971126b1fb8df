import {
  ITEM_RAW_LIMIT,
  ITEM_TEXT_LIMIT,
  normalizePrefix,
  readBudget,
  readText,
  type ReadBudget,
} from './bounded-text';
import { hiddenCheck, type HiddenCheck } from './hidden';
import { normalizeText } from './normalize-text';
import { readControls } from './read-controls';
import { scanPage, TEXT_BUDGET, type LinkRange } from './scan-page';
import { readMessages, readShownText } from './shown-text';

// Recognition runs on every court page load, docket reports of many megabytes
// included. Each accessor reads a bounded slice of the page, once, on first
// use: the elements scanPage finds at the top of the page, and of each only
// so much text (bounded-text.ts), so one huge text node or subtree costs no
// more than a small one.

// A "heading" wrapping a large subtree is a layout element, not a heading.
const HEADING_MAX_CHILDREN = 8;
// Nor is one with pages of text: the longest on the saved court pages has
// 1,155 characters (a front page's notice in bold).
const HEADING_MAX_LENGTH = 8_000;

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
  /** Whether an element is hidden by its or an ancestor's attributes (see hidden.ts). */
  readonly isHidden: HiddenCheck;
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
  // Per view, so per detection: its answers never outlive the page as it was.
  const isHidden = hiddenCheck();
  const scan = once(() => scanPage(document, isHidden));
  const menubar = once(() => scan().menubar);
  return {
    url,
    document,
    menubar,
    // The browser collapses the title's white space itself; only ours is bounded here.
    title: once(() => normalizePrefix(document.title, ITEM_TEXT_LIMIT)),
    headings: once(() => readHeadings(scan().headings)),
    text: once(() => scan().text.normalized()),
    links: once(() => readLinks(scan().links, scan().menubarLinks)),
    controls: once(() => readControls(scan().controls, scan().labels)),
    buttons: once(() => readButtons(scan().buttons)),
    tabs: once(() => readTabs(scan().tabs)),
    refreshTarget: once(() => readRefreshTarget(scan().metas)),
    shownText: once(() => (document.body ? readShownText(document.body, TEXT_BUDGET) : '')),
    messages: once(() => readMessages(document, isHidden)),
    isHidden,
  };
}

const isLink = (element: Element): boolean =>
  element.localName === 'a' && element.hasAttribute('href');

/** The text of a link, label, caption or tab: its first ITEM_TEXT_LIMIT characters. */
function itemText(element: Element, budget: ReadBudget): string {
  return normalizePrefix(
    readText(element, { chars: ITEM_RAW_LIMIT, budget }).text,
    ITEM_TEXT_LIMIT,
  );
}

function readHeadings(elements: readonly Element[]): string[] {
  const budget = readBudget();
  const found: string[] = [];
  for (const element of elements) {
    if (element.childElementCount > HEADING_MAX_CHILDREN) continue;
    // Bold text around a link is a link, and links are matched as links.
    const read = readText(element, { chars: HEADING_MAX_LENGTH, budget, refuse: isLink });
    if (!read.complete) continue;
    const text = normalizeText(read.text);
    if (text) found.push(text);
  }
  return found;
}

function readLinks(anchors: readonly HTMLAnchorElement[], menubar: LinkRange): PageLink[] {
  const budget = readBudget();
  return anchors.map((element, index) => ({
    element,
    text: itemText(element, budget),
    href: element.getAttribute('href') ?? '',
    inMenubar: index >= menubar.from && index < menubar.to,
  }));
}

function readButtons(elements: readonly Element[]): PageButton[] {
  const budget = readBudget();
  const buttons: PageButton[] = [];
  for (const element of elements) {
    // For input buttons the caption is the value attribute; these are never text or password fields.
    const text =
      element.tagName === 'INPUT'
        ? normalizePrefix(
            element.getAttribute('value') ?? element.getAttribute('alt') ?? '',
            ITEM_TEXT_LIMIT,
          )
        : itemText(element, budget);
    buttons.push({ element, text });
  }
  return buttons;
}

function readTabs(elements: readonly Element[]): PageTab[] {
  const budget = readBudget();
  const tabs: PageTab[] = [];
  for (const element of elements) {
    const className = element.getAttribute('class') ?? '';
    tabs.push({
      element,
      text: itemText(element, budget),
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
