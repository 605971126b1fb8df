// Hidden by attributes: under an element with `hidden`, `aria-hidden="true"`,
// the class `ui-helper-hidden` or an inline style that hides it. Attribute
// checks, not layout: they work the same in jsdom and in the browser, and
// cover PACER's hidden tab panels and YUI's closed sub-menus.
//
// The answer is what `element.closest(HIDDEN_SELECTOR) !== null` says, worked
// out without the selector engine: jsdom's takes tens of microseconds for
// each element it tries on this selector, and a detection asks about the
// same ancestors (the body, the main content, a form) again and again.
import { attributeOf, classesOf, listsClass } from './read-attributes';

export const HIDDEN_SELECTOR =
  '[hidden],[aria-hidden="true"],.ui-helper-hidden,[style*="display: none"],[style*="display:none"],[style*="visibility: hidden"],[style*="visibility:hidden"]';

const HIDING_STYLES = ['display: none', 'display:none', 'visibility: hidden', 'visibility:hidden'];
/** PrimeFaces' class for what it hides (PACER's tab panels). */
export const HIDING_CLASS = 'ui-helper-hidden';

const hidesBy = (style: string): boolean => HIDING_STYLES.some((hiding) => style.includes(hiding));

/**
 * Whether `element` itself matches HIDDEN_SELECTOR. Plain attribute reads
 * decide wherever selector engines agree. They differ in letter case (jsdom
 * compares attribute values case-insensitively, browsers do not; quirks-mode
 * pages compare class names case-insensitively) and in prefixed names (jsdom
 * reads `x:hidden` as `hidden`): there, and only there, the engine itself is
 * asked, so that each gives what it gave before.
 */
export function matchesHiddenSelector(element: Element): boolean {
  const names = element.getAttributeNames();
  const ariaHidden = attributeOf(element, names, 'aria-hidden');
  const style = attributeOf(element, names, 'style');
  const classes = classesOf(element, names);
  if (
    names.includes('hidden') ||
    ariaHidden === 'true' ||
    (style !== null && hidesBy(style)) ||
    listsClass(classes, HIDING_CLASS)
  ) {
    return true;
  }
  const enginesMayDiffer =
    ariaHidden?.toLowerCase() === 'true' ||
    (style !== null && hidesBy(style.toLowerCase())) ||
    classes.toLowerCase().includes(HIDING_CLASS) ||
    names.some((name) => name.includes(':') || name !== name.toLowerCase());
  return enginesMayDiffer && element.matches(HIDDEN_SELECTOR);
}

/** Whether an element is hidden by its own or an ancestor's attributes. */
export type HiddenCheck = (element: Element) => boolean;

/**
 * A HiddenCheck for one detection: each element's own attributes are read
 * once, and an element's answer is its nearest deciding ancestor's. Never kept
 * past the detection: the page may change between two.
 */
export function hiddenCheck(): HiddenCheck {
  const known = new Map<Element, boolean>();
  return (element) => {
    const undecided: Element[] = [];
    let hidden = false;
    for (let at: Element | null = element; at; at = at.parentElement) {
      const answer = known.get(at);
      if (answer !== undefined) {
        hidden = answer;
        break;
      }
      if (matchesHiddenSelector(at)) {
        hidden = true;
        known.set(at, true);
        break;
      }
      undecided.push(at);
    }
    for (const at of undecided) known.set(at, hidden);
    return hidden;
  };
}
