/**
 * The guide's host is a plain <div> marked with this attribute, not a custom
 * element: a page can define a custom element name before the guide uses it
 * (its constructor then runs for the guide's host, or upgrades it later), but
 * it cannot redefine <div>. Its own module, free of imports, so that tools and
 * tests outside the extension (the bench) can name it.
 */
export const HOST_ATTRIBUTE = 'data-pacer-link-guide';
export const HOST_SELECTOR = `div[${HOST_ATTRIBUTE}]`;
