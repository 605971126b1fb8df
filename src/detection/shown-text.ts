// What a person sees of a page, as opposed to everything in its source. Facts
// that change a status (a success message, a court named on a PACER page, the
// names to compare) are read only from here: a hidden cell, the <title>, a
// script or a drop-down's options never count.
import {
  NODE_BUDGET,
  nextInTree,
  readBudget,
  readText,
  TextGatherer,
  type ReadBudget,
} from './bounded-text';
import { ELEMENT_NODE, TEXT_NODE } from './dom-constants';
import { HIDING_CLASS, type HiddenCheck } from './hidden';
import { normalizeText } from './normalize-text';
import { attributeOf, classesOf, listsClass } from './read-attributes';

/** Elements whose text is never shown as page text. */
const UNSHOWN_TAGS = new Set([
  'HEAD',
  'TITLE',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'SVG',
]);

/** Hidden by its own attributes (inline style, `hidden`, `aria-hidden`) or by the browser's layout. */
export function isShownElement(element: Element, isHidden: HiddenCheck): boolean {
  if (isHidden(element)) return false;
  // Only browsers lay pages out; jsdom has the attribute checks above.
  return element.checkVisibility?.({ visibilityProperty: true }) ?? true;
}

function rejectsSubtree(element: Element): boolean {
  if (UNSHOWN_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.tagName === 'INPUT') return true;
  const names = element.getAttributeNames();
  const style = attributeOf(element, names, 'style') ?? '';
  return (
    names.includes('hidden') ||
    attributeOf(element, names, 'aria-hidden') === 'true' ||
    listsClass(classesOf(element, names), HIDING_CLASS) ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
  );
}

/**
 * The shown text under `root`, normalised, up to `limit` characters: a text
 * node of megabytes is cut before it is normalised (TextGatherer), and the
 * walk ends after NODE_BUDGET nodes: on the saved court pages the text fills
 * up well before that.
 */
export function readShownText(root: Node, limit: number): string {
  const text = new TextGatherer(limit);
  let nodes = NODE_BUDGET;
  for (let node = nextInTree(root, root); node && !text.full && (nodes -= 1) >= 0;) {
    const type = node.nodeType;
    if (type === TEXT_NODE) text.add(node.nodeValue ?? '');
    // Only elements have children to walk, and an unshown one's are passed over.
    const skip = type !== ELEMENT_NODE || rejectsSubtree(node as Element);
    node = nextInTree(node, root, skip);
  }
  return text.normalized();
}

/** Tags that hold one message on CM/ECF's pages. */
const MESSAGE_TAGS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'B',
  'STRONG',
  'FONT',
  'CENTER',
  'SPAN',
]);
/** Tables hold dockets, reports and claims: whatever they quote is the parties' text. */
const NO_MESSAGES_IN = new Set(['TABLE', 'UL', 'OL', 'DL', 'A', 'PRE']);
/** A block holding one of these is layout, not a message. */
const LAYOUT_INSIDE_MESSAGES = new Set(['TABLE', 'UL', 'OL', 'DL', 'PRE']);
const MESSAGE_BUDGET = 200;
const MESSAGE_MAX_LENGTH = 600;

/** An element whose presence makes a block layout: its own messages are found inside it. */
const isLayout = (element: Element): boolean =>
  LAYOUT_INSIDE_MESSAGES.has(element.tagName.toUpperCase());

/** The block's text normalised, if it is one shown message. */
function readMessage(element: Element, budget: ReadBudget, isHidden: HiddenCheck): string | null {
  const read = readText(element, { chars: MESSAGE_MAX_LENGTH, budget, refuse: isLayout });
  if (!read.complete || !read.text.trim() || !isShownElement(element, isHidden)) return null;
  return normalizeText(read.text);
}

/**
 * The message blocks the page shows in its main content (`#cmecfMainContent`
 * on CM/ECF, the body elsewhere), normalised: shown paragraphs, headings and
 * message divs outside tables, lists and links, each no longer than a message.
 * The walk and the blocks' reads share one budget, so neither a block of
 * megabytes nor a page of countless elements costs more than a small page.
 */
export function readMessages(document: Document, isHidden: HiddenCheck): string[] {
  const root = document.getElementById('cmecfMainContent') ?? document.body;
  if (!root) return [];
  const budget = readBudget();
  const messages: string[] = [];
  let node = nextInTree(root, root);
  while (node && messages.length < MESSAGE_BUDGET && (budget.nodes -= 1) >= 0) {
    const element = node.nodeType === ELEMENT_NODE ? (node as Element) : null;
    const outside = element && (rejectsSubtree(element) || NO_MESSAGES_IN.has(element.tagName));
    if (element && !outside && MESSAGE_TAGS.has(element.tagName)) {
      const message = readMessage(element, budget, isHidden);
      if (message !== null) messages.push(message);
    }
    // Only elements have children to walk, and one without messages is passed over.
    node = nextInTree(node, root, !element || Boolean(outside));
  }
  return messages;
}
