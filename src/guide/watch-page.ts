import { HOST_ATTRIBUTE } from './guide-host';

const DEBOUNCE_MS = 200;
/** Attributes that show or hide what recognition reads: tabs, panels, sub-menus. */
const WATCHED_ATTRIBUTES = [
  'class',
  'style',
  'hidden',
  'aria-hidden',
  'aria-selected',
  'aria-expanded',
  'selected',
];

function isOurs(node: Node): boolean {
  return node instanceof Element && node.hasAttribute(HOST_ATTRIBUTE);
}

// Text typed or ticking clocks change nothing recognition reads; elements coming
// and going, and panels shown or hidden, may.
function isRelevant(record: MutationRecord): boolean {
  if (isOurs(record.target)) return false;
  if (record.type === 'attributes') return true;
  const changed = [...record.addedNodes, ...record.removedNodes];
  return changed.some((node) => node.nodeType === 1 && !isOurs(node));
}

/**
 * Calls `onChange` after the page changed in a way that may change what it is
 * (PACER's tabs and wizard, CM/ECF's sub-menus), debounced. Stops on `signal`.
 */
export function watchPage(document: Document, onChange: () => void, signal: AbortSignal): void {
  const view = document.defaultView;
  if (!view) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new view.MutationObserver((records) => {
    if (!records.some(isRelevant)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  });
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
