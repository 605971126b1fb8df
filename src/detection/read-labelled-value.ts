import {
  cutText,
  ITEM_RAW_LIMIT,
  ITEM_TEXT_LIMIT,
  nextInTree,
  readBudget,
  readText,
  type ReadBudget,
} from './bounded-text';
import { ELEMENT_NODE, TEXT_NODE } from './dom-constants';
import type { HiddenCheck } from './hidden';
import { normalizeText } from './normalize-text';
import { isShownElement } from './shown-text';

const CANDIDATES = new Set([
  'td',
  'th',
  'dt',
  'dd',
  'b',
  'strong',
  'label',
  'span',
  'div',
  'p',
  'li',
  'font',
]);
const CANDIDATE_BUDGET = 3_000;
const MAX_LABEL_LENGTH = 160;

/** Page text as the page shows it, white space collapsed: for display, never for HTML. */
function displayText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** displayText of a value's first ITEM_TEXT_LIMIT characters, cut before white space is collapsed. */
export function displayPrefix(text: string): string {
  return cutText(displayText(cutText(text, ITEM_RAW_LIMIT)), ITEM_TEXT_LIMIT);
}

function valueAfter(label: Element, budget: ReadBudget, isHidden: HiddenCheck): string {
  // "<b>CMECF</b> John Attorney<br>": the value is the text node that follows.
  const next = label.nextSibling;
  const following = next?.nodeType === TEXT_NODE ? displayPrefix(next.nodeValue ?? '') : '';
  if (following) return following;
  // "<td>CMECF</td><td>John Attorney</td>", "<dt>…</dt><dd>…</dd>".
  const cell = label.nextElementSibling;
  return cell && isShownElement(cell, isHidden)
    ? displayPrefix(readText(cell, { chars: ITEM_RAW_LIMIT, budget }).text)
    : '';
}

/**
 * The value shown beside a label: in the next cell or element, after the
 * label's own text ("PACER account: Jane Doe"), or in the text that follows.
 * `label` is tested against the normalised label text, colon included. Only
 * what a person sees counts: a hidden decoy row with the same label is passed
 * over (checked only once a label matches, since it walks up the tree). The
 * walk and the reads share a budget: labels sit at the top of the page.
 */
export function readLabelledValue(root: Node, label: RegExp, isHidden: HiddenCheck): string | null {
  const budget = readBudget();
  let seen = 0;
  for (
    let node = nextInTree(root, root);
    node && (budget.nodes -= 1) >= 0;
    node = nextInTree(node, root)
  ) {
    if (node.nodeType !== ELEMENT_NODE || !CANDIDATES.has((node as Element).localName)) continue;
    const element = node as Element;
    if ((seen += 1) > CANDIDATE_BUDGET) break;
    if (element.childElementCount > 3) continue;
    const read = readText(element, { chars: MAX_LABEL_LENGTH, budget });
    if (!read.complete) continue;
    const text = normalizeText(read.text);
    if (label.test(text)) {
      const value = isShownElement(element, isHidden) ? valueAfter(element, budget, isHidden) : '';
      if (value) return value;
      continue;
    }
    // The whole text was read: without a colon in it, no child's text has one.
    const inline = read.text.includes(':') ? inlineValue(element, label) : null;
    if (inline && isShownElement(element, isHidden)) return inline;
  }
  return null;
}

/**
 * "Court: Colorado Bankruptcy Court - NextGen" in one text node, up to the
 * next element. Only for an element whose whole text is a label's length, so
 * each text here is short.
 */
function inlineValue(element: Element, label: RegExp): string | null {
  // Sibling by sibling: jsdom's childNodes iterator costs more than the reads.
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== TEXT_NODE) continue;
    const raw = node.nodeValue ?? '';
    const colon = raw.indexOf(':');
    if (colon <= 0 || !label.test(normalizeText(raw.slice(0, colon + 1)))) continue;
    const value = displayText(raw.slice(colon + 1));
    return value || displayText(node.nextSibling?.textContent ?? '') || null;
  }
  return null;
}
