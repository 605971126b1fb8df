import { TEXT_NODE } from './dom-constants';
import { normalizeText } from './normalize-text';
import { isShownElement } from './shown-text';

const CANDIDATES = 'td,th,dt,dd,b,strong,label,span,div,p,li,font';
const CANDIDATE_BUDGET = 3_000;
const MAX_LABEL_LENGTH = 160;

/** Page text as the page shows it, white space collapsed: for display, never for HTML. */
export function displayText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function valueAfter(label: Element): string {
  // "<b>CMECF</b> John Attorney<br>": the value is the text node that follows.
  const next = label.nextSibling;
  if (next?.nodeType === TEXT_NODE && displayText(next.nodeValue ?? '')) {
    return displayText(next.nodeValue ?? '');
  }
  // "<td>CMECF</td><td>John Attorney</td>", "<dt>…</dt><dd>…</dd>".
  const cell = label.nextElementSibling;
  return cell && isShownElement(cell) ? displayText(cell.textContent ?? '') : '';
}

/**
 * The value shown beside a label: in the next cell or element, after the
 * label's own text ("PACER account: Jane Doe"), or in the text that follows.
 * `label` is tested against the normalised label text, colon included. Only
 * what a person sees counts: a hidden decoy row with the same label is passed
 * over (checked only once a label matches, since it walks up the tree).
 */
export function readLabelledValue(root: ParentNode, label: RegExp): string | null {
  let seen = 0;
  for (const element of root.querySelectorAll(CANDIDATES)) {
    if ((seen += 1) > CANDIDATE_BUDGET) break;
    if (element.childElementCount > 3) continue;
    const raw = element.textContent ?? '';
    if (raw.length > MAX_LABEL_LENGTH) continue;
    const text = normalizeText(raw);
    if (label.test(text)) {
      const value = isShownElement(element) ? valueAfter(element) : '';
      if (value) return value;
      continue;
    }
    const inline = inlineValue(element, label);
    if (inline && isShownElement(element)) return inline;
  }
  return null;
}

/** "Court: Colorado Bankruptcy Court - NextGen" in one text node, up to the next element. */
function inlineValue(element: Element, label: RegExp): string | null {
  for (const node of element.childNodes) {
    if (node.nodeType !== TEXT_NODE) continue;
    const raw = node.nodeValue ?? '';
    const colon = raw.indexOf(':');
    if (colon <= 0 || !label.test(normalizeText(raw.slice(0, colon + 1)))) continue;
    const value = displayText(raw.slice(colon + 1));
    return value || displayText(node.nextSibling?.textContent ?? '') || null;
  }
  return null;
}
