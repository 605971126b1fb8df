import type { Locator, Target } from '../flows/types';
import { findLink } from './find-link';
import { findWayTo } from './find-way-to';
import { matchesField } from './match-signal';
import { matchesText } from './normalize-text';
import type { PageView } from './page-view';
import type { HighlightCandidate } from './types';

function locate(locator: Locator, view: PageView): Element | null {
  if ('link' in locator) {
    return (
      findLink({ text: locator.link, href: locator.href, within: locator.within }, view)?.element ??
      null
    );
  }
  if ('linkHref' in locator) {
    return findLink({ href: locator.linkHref, within: locator.within }, view)?.element ?? null;
  }
  if ('field' in locator) {
    return view.controls().find((control) => matchesField(locator.field, control))?.element ?? null;
  }
  if ('goesTo' in locator) return findWayTo(locator.goesTo, view) ?? null;
  if ('button' in locator) {
    return (
      view.buttons().find((button) => matchesText(locator.button, button.text))?.element ?? null
    );
  }
  return view.tabs().find((tab) => matchesText(locator.tab, tab.text))?.element ?? null;
}

/** The targets present on the page, each by its first locator that finds an element. */
export function locateTargets(targets: readonly Target[], view: PageView): HighlightCandidate[] {
  const found: HighlightCandidate[] = [];
  for (const target of targets) {
    for (const locator of target.find) {
      const element = locate(locator, view);
      if (element) {
        found.push(
          target.explained
            ? { id: target.id, element, explained: true }
            : { id: target.id, element },
        );
        break;
      }
    }
  }
  return found;
}
