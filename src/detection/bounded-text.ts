// Recognition runs on every court page load, and a court page may hold one
// text node of megabytes or hundreds of thousands of elements. So page text is
// read in bounded pieces and cut before it is normalised: what a read costs
// depends on its limits, never on the page.
import { ELEMENT_NODE, TEXT_NODE } from './dom-constants';
import { normalizeText } from './normalize-text';

const CDATA_SECTION_NODE = 4;

/**
 * Raw characters read for each normalised character kept. Normalising only
 * shortens text (a run of white space becomes one space), so the normalised
 * prefix of a cut is the same as that of the whole text, up to the limit,
 * unless more than three quarters of the cut is white space. Court pages are
 * nowhere near that.
 */
export const RAW_PER_NORMALISED = 4;

/**
 * The longest text kept of one link, label, caption, tab, title or value:
 * six times the longest on the saved court pages (150 characters, a form's
 * label).
 */
export const ITEM_TEXT_LIMIT = 1_000;

/** The raw characters read for one item (see ITEM_TEXT_LIMIT). */
export const ITEM_RAW_LIMIT = ITEM_TEXT_LIMIT * RAW_PER_NORMALISED;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** At most `max` UTF-16 units of `text`, never ending between the halves of a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  return text.slice(0, isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max);
}

/** The first `limit` characters of `text` normalised, having normalised no more than needed. */
export function normalizePrefix(text: string, limit: number): string {
  return cutText(normalizeText(cutText(text, limit * RAW_PER_NORMALISED)), limit);
}

/**
 * What the reads of one accessor (every link's text, say) may still take
 * together, in nodes visited and characters read.
 */
export interface ReadBudget {
  nodes: number;
  chars: number;
}

/**
 * One accessor's budget, and the nodes a walk over the page visits. On the
 * saved court pages headings, links, labels and messages take under an eighth
 * of it (a docket report's 298 headings: 788 nodes), and every reading comes
 * out the same with half of it. A page that needs more is no page of the
 * flows; its first items are read all the same.
 */
export const NODE_BUDGET = 10_000;
const CHAR_BUDGET = 200_000;
export const readBudget = (): ReadBudget => ({ nodes: NODE_BUDGET, chars: CHAR_BUDGET });

/** The node after `node` in document order within `root`; past its subtree when `skipChildren`. */
export function nextInTree(node: Node, root: Node, skipChildren = false): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

export interface TextRead {
  /** What `textContent` gives, or its first characters. */
  readonly text: string;
  /** False when a limit, the budget or a refused element stopped the read before the end. */
  readonly complete: boolean;
}

export interface ReadLimits {
  readonly chars: number;
  readonly budget: ReadBudget;
  /** An element that makes the whole read pointless (a table inside a message, a link inside a heading). */
  readonly refuse?: (element: Element) => boolean;
}

/**
 * The text under `root` in document order, as `textContent` gives it, read
 * up to `chars` characters and as far as the budget goes.
 */
export function readText(root: Node, limits: ReadLimits): TextRead {
  const { budget, refuse } = limits;
  const chars = Math.min(limits.chars, budget.chars);
  let text = '';
  let complete = true;
  for (let node = nextInTree(root, root); node;) {
    if (budget.nodes <= 0) {
      complete = false;
      break;
    }
    budget.nodes -= 1;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const value = node.nodeValue ?? '';
      if (text.length + value.length > chars) {
        text += cutText(value, chars - text.length);
        complete = false;
        break;
      }
      text += value;
    } else if (type === ELEMENT_NODE && refuse?.(node as Element)) {
      complete = false;
      break;
    }
    // Below an element only elements have children: no other node is asked for its.
    node = nextInTree(node, root, type !== ELEMENT_NODE);
  }
  budget.chars -= text.length;
  return { text, complete };
}

/**
 * Text nodes' values gathered for a text of at most `limit` normalised
 * characters: no node is added once the raw text reaches the limit, and the
 * one that reaches it is cut at RAW_PER_NORMALISED times the limit.
 */
export class TextGatherer {
  private readonly parts: string[] = [];
  private raw = 0;

  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.raw >= this.limit;
  }

  /**
   * Adds `value`, unless it is white space or `counts` says it does not count:
   * asked last, as the white space between tags is half a page's text nodes.
   */
  add(value: string, counts?: () => boolean): void {
    const cut = cutText(value, this.limit * RAW_PER_NORMALISED - this.raw);
    if (!cut.trim() || (counts && !counts())) return;
    this.parts.push(cut);
    this.raw += cut.length;
  }

  normalized(): string {
    return normalizePrefix(this.parts.join(' '), this.limit);
  }
}
