// Apart from my-courts-section.tsx, which needs the browser: the bench reads
// this number in Node to time the same first frame.

/**
 * Rows of "My courts" drawn for the popup's first frame; the rest follow once
 * it is painted. The popup shows a handful at once, and every tracked court
 * drawn at once (188 courts: some 2,700 elements) held its first frame back
 * by 30 to 57 ms.
 */
export const FIRST_FRAME_ROWS = 20;
