// Numeric DOM constants, so recognition needs no page globals: they are absent
// under Node (the detect command) and a page may overwrite them.
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const SHOW_ELEMENT = 1;
export const SHOW_TEXT = 4;

export function isSelect(element: Element): element is HTMLSelectElement {
  return element.tagName === 'SELECT';
}
