// Attributes read the cheap way. In jsdom each getAttribute or classList call
// costs a microsecond or so, and recognition asks thousands of elements on a
// docket report; getAttributeNames says in one call which of them to read.

/**
 * The value of the attribute `name` (lower case, no prefix) where `names` are
 * the element's attribute names: what `getAttribute(name)` gives, asked only
 * of an element that has the attribute.
 */
export function attributeOf(
  element: Element,
  names: readonly string[],
  name: string,
): string | null {
  return names.includes(name) ? element.getAttribute(name) : null;
}

/** The class attribute the element's class list is made from ('' for none). */
export function classesOf(element: Element, names: readonly string[]): string {
  return names.includes('class') ? (element.getAttributeNS(null, 'class') ?? '') : '';
}

const isAsciiSpace = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;

/**
 * Whether a class attribute's value lists `name`: what `classList.contains`
 * says, whose tokens are the value split at ASCII white space.
 */
export function listsClass(classes: string, name: string): boolean {
  for (let at = classes.indexOf(name); at !== -1; at = classes.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (
      (at === 0 || isAsciiSpace(classes.charCodeAt(at - 1))) &&
      (end === classes.length || isAsciiSpace(classes.charCodeAt(end)))
    ) {
      return true;
    }
  }
  return false;
}
