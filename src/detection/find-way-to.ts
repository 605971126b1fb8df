// Where a link, a button or a form leads, whatever its words: court front
// pages build their way in as a text link, an image link, a button inside a
// link, an INPUT with an onclick, or a form.
import type { PageView } from './page-view';

// `window.location="/cgi-bin/login.pl"`, `location.href='…'`, `window.open('…')`.
const ONCLICK_TARGET =
  /(?:location(?:\.href)?\s*=|location\.(?:assign|replace)\s*\(|open\s*\()\s*['"]([^'"]+)['"]/i;

/** Path and query of `href` on the page's own host, or null for another host or a script. */
function destination(href: string, view: PageView): string | null {
  let url: URL;
  try {
    url = new URL(href.trim(), view.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.hostname.toLowerCase() !== view.url.hostname.toLowerCase()) return null;
  return url.pathname + url.search;
}

function buttonTarget(element: Element): string | null {
  const onclick = ONCLICK_TARGET.exec(element.getAttribute('onclick') ?? '')?.[1];
  if (onclick) return onclick;
  const form = element.closest('form');
  const type = (element.getAttribute('type') ?? 'submit').toLowerCase();
  if (form && (type === 'submit' || type === 'image')) return form.getAttribute('action');
  return null;
}

/** The first shown link or button on the page (outside the menu bar) that leads to `path`. */
export function findWayTo(path: RegExp, view: PageView): Element | undefined {
  const leads = (href: string | null) => {
    const to = href === null ? null : destination(href, view);
    return to !== null && path.test(to);
  };
  const link = view
    .links()
    .find(
      (candidate) =>
        !candidate.inMenubar && leads(candidate.href) && !view.isHidden(candidate.element),
    );
  if (link) return link.element;
  return view
    .buttons()
    .find((button) => leads(buttonTarget(button.element)) && !view.isHidden(button.element))
    ?.element;
}
