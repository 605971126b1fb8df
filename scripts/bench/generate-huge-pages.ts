// Court pages far larger than any page of the flows (issue #15): one with a
// single text node of megabytes, one with hundreds of thousands of elements.
// The bench loads them in Chromium and the detection tests read them in jsdom,
// to show that what recognition costs stops growing with the page.

/** One text node of this many characters: a transcript pasted into a docket entry, say. */
export const HUGE_TEXT_CHARS = 5_000_000;
/** Elements added to a page: several times the largest docket report seen. */
export const MANY_ELEMENTS = 200_000;

const PROSE = 'MOTION to Extend Time to File Response as to Defendant Example Corporation. ';

/** `chars` characters of docket-like prose, spaced as prose is. */
export function hugeText(chars: number): string {
  return PROSE.repeat(Math.ceil(chars / PROSE.length)).slice(0, chars);
}

/**
 * A script that fills the element `id` with one text node of `chars`
 * characters. Browsers' HTML parsers split long text into nodes of 64 KB or
 * so; only a script (or a page's own `normalize()`) makes one node this large.
 */
export function hugeTextScript(id: string, chars: number): string {
  return (
    `document.getElementById(${JSON.stringify(id)}).textContent = ` +
    `${JSON.stringify(PROSE)}.repeat(${Math.ceil(chars / PROSE.length)}).slice(0, ${chars});`
  );
}

/** `count` elements of empty layout (a div holding a span, again and again): no text to stop at. */
export function manyElements(count: number): string {
  return '<div><span></span></div>'.repeat(Math.ceil(count / 2));
}

/** `html` with `insert` just before the end of its body, or at its end. */
export function atBodyEnd(html: string, insert: string): string {
  return /<\/body>/i.test(html)
    ? html.replace(/<\/body>/i, `${insert}</body>`)
    : `${html}${insert}`;
}
