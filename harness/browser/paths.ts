import { fileURLToPath } from 'node:url';

const fromRoot = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const ROOT = fromRoot('');
/** The built extension, as `npm run build` writes it. */
export const DIST = fromRoot('dist');
const FIXTURES = fromRoot('test/fixtures/');
const PAGES = fromRoot('test/browser/pages/');
/** Screenshots of every step of both flows land here (ignored by git, like all of artifacts/). */
export const SCREENSHOTS = fromRoot('artifacts/screenshots/');

/** A page of test/fixtures/, e.g. `authored/mnd-link-done.html`. */
export const fixture = (path: string): string => FIXTURES + path;
/** A page authored for the browser tests, in test/browser/pages/. */
export const browserPage = (name: string): string => PAGES + name;
