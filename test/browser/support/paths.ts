import { fileURLToPath } from 'node:url';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export const ROOT = fromHere('../../../');
/** The built extension, as `npm run build` writes it. */
export const DIST = fromHere('../../../dist');
const FIXTURES = fromHere('../../fixtures/');
const PAGES = fromHere('../pages/');
/** Screenshots of every step of both flows land here (ignored by git, like all of artifacts/). */
export const SCREENSHOTS = fromHere('../../../artifacts/screenshots/');

/** A page of test/fixtures/, e.g. `authored/mnd-link-done.html`. */
export const fixture = (path: string): string => FIXTURES + path;
/** A page authored for these tests, in test/browser/pages/. */
export const browserPage = (name: string): string => PAGES + name;
