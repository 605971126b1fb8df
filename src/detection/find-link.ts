import type { TextPattern } from '../flows/types';
import { matchesText } from './normalize-text';
import type { PageLink, PageView } from './page-view';

export interface LinkQuery {
  readonly text?: TextPattern;
  readonly href?: RegExp;
  /** Default: outside the menu bar, whose sub-menus repeat on every CM/ECF page. */
  readonly within?: 'menubar';
}

function fits(query: LinkQuery, link: PageLink, view: PageView): boolean {
  if ((query.within === 'menubar') !== link.inMenubar) return false;
  if (query.text !== undefined && !matchesText(query.text, link.text)) return false;
  if (query.href && !query.href.test(link.href)) return false;
  // Last, because it walks up the tree: only for links that otherwise fit.
  return !view.isHidden(link.element);
}

export function findLink(query: LinkQuery, view: PageView): PageLink | undefined {
  return view.links().find((link) => fits(query, link, view));
}
