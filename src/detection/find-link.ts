import type { TextPattern } from '../flows/types';
import { matchesText } from './normalize-text';
import type { PageLink, PageView } from './page-view';

export interface LinkQuery {
  readonly text?: TextPattern;
  readonly href?: RegExp;
  /** Default: outside the menu bar, whose sub-menus repeat on every CM/ECF page. */
  readonly within?: 'menubar';
}

// Attribute checks, not layout: they work the same in jsdom and in the browser,
// and cover PACER's hidden tab panels and YUI's closed sub-menus.
const HIDDEN_ANCESTOR =
  '[hidden],[aria-hidden="true"],.ui-helper-hidden,[style*="display: none"],[style*="display:none"],[style*="visibility: hidden"],[style*="visibility:hidden"]';

export function isHidden(element: Element): boolean {
  return element.closest(HIDDEN_ANCESTOR) !== null;
}

function fits(query: LinkQuery, link: PageLink): boolean {
  if ((query.within === 'menubar') !== link.inMenubar) return false;
  if (query.text !== undefined && !matchesText(query.text, link.text)) return false;
  if (query.href && !query.href.test(link.href)) return false;
  // Last, because it walks up the tree: only for links that otherwise fit.
  return !isHidden(link.element);
}

export function findLink(query: LinkQuery, view: PageView): PageLink | undefined {
  return view.links().find((link) => fits(query, link));
}
