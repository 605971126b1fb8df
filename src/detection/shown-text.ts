// What a person sees of a page, as opposed to everything in its source. Facts
// that change a status (a success message, a court named on a PACER page, the
// names to compare) are read only from here: a hidden cell, the <title>, a
// script or a drop-down's options never count.
import { SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './dom-constants';
import { isHidden } from './find-link';
import { normalizeText } from './normalize-text';

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
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** Hidden by its own attributes (inline style, `hidden`, `aria-hidden`) or by the browser's layout. */
export function isShownElement(element: Element): boolean {
  if (isHidden(element)) return false;
  // Only browsers lay pages out; jsdom has the attribute checks above.
  return element.checkVisibility?.({ visibilityProperty: true }) ?? true;
}

function rejectsSubtree(element: Element): boolean {
  if (UNSHOWN_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.tagName === 'INPUT') return true;
  const style = element.getAttribute('style') ?? '';
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.classList.contains('ui-helper-hidden') ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
  );
}

/**
 * The shown text under `root`, normalised, read up to `budget` characters:
 * each text node is cut to what the budget has left before it is normalised,
 * so one huge node costs no more than the budget.
 */
export function readShownText(root: Node, budget: number): string {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === TEXT_NODE
        ? FILTER_ACCEPT
        : rejectsSubtree(node as Element)
          ? FILTER_REJECT
          : FILTER_SKIP,
  });
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < budget; node = walker.nextNode()) {
    const value = (node.nodeValue ?? '').slice(0, budget - length);
    if (!value.trim()) continue;
    parts.push(value);
    length += value.length;
  }
  return normalizeText(parts.join(' '));
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
const MESSAGE_BUDGET = 200;
const MESSAGE_MAX_LENGTH = 600;

/**
 * The message blocks the page shows in its main content (`#cmecfMainContent`
 * on CM/ECF, the body elsewhere), normalised: shown paragraphs, headings and
 * message divs outside tables, lists and links, each no longer than a message.
 */
export function readMessages(document: Document): string[] {
  const root = document.getElementById('cmecfMainContent') ?? document.body;
  if (!root) return [];
  const walker = document.createTreeWalker(root, SHOW_ELEMENT, {
    acceptNode: (node) => {
      const element = node as Element;
      if (rejectsSubtree(element) || NO_MESSAGES_IN.has(element.tagName)) return FILTER_REJECT;
      return MESSAGE_TAGS.has(element.tagName) ? FILTER_ACCEPT : FILTER_SKIP;
    },
  });
  const messages: string[] = [];
  for (
    let node = walker.nextNode();
    node && messages.length < MESSAGE_BUDGET;
    node = walker.nextNode()
  ) {
    const element = node as Element;
    const raw = element.textContent ?? '';
    if (raw.length > MESSAGE_MAX_LENGTH || !raw.trim()) continue;
    // A block holding tables or lists is layout: its own messages are found inside it.
    if (element.querySelector('table,ul,ol,dl,pre')) continue;
    if (!isShownElement(element)) continue;
    messages.push(normalizeText(raw));
  }
  return messages;
}
