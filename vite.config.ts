import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };
import { CONTENT_ALIASES } from './scripts/build/content-aliases';
import { separateBuilds, splitManifest } from './scripts/build/separate-builds';
import { preactWithoutInnerHtml } from './scripts/build/preact-without-inner-html';
import { GUIDE_FILE } from './src/content/guide-file';
import { HELP_DESKS_FILE } from './src/guide/help-desks-file';
import { OVERLAY_FILE } from './src/guide/overlay-file';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// crx builds the options page, the background and the practice court; the
// content script (a small gate), the guide it loads once the page has loaded,
// the overlay the guide loads when a page needs it, the help desks the overlay
// shows only where a filer is stuck, and the popup are each built on their own
// (see separate-builds.ts).
const { manifest: pagesManifest, contentScripts, popup } = splitManifest(manifest);

export default defineConfig(({ mode }) => ({
  plugins:
    mode === 'test'
      ? []
      : [
          preactWithoutInnerHtml(),
          crx({ manifest: pagesManifest }),
          separateBuilds({
            contentScripts,
            lazyChunks: [
              { source: 'src/content/guide-on-page.ts', file: GUIDE_FILE },
              { source: 'src/guide/overlay/render-overlay.tsx', file: OVERLAY_FILE },
              { source: 'src/flows/court-help-desks.ts', file: HELP_DESKS_FILE },
            ],
            popup,
            contentAliases: CONTENT_ALIASES,
          }),
        ],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'chrome120',
    outDir: 'dist',
    emptyOutDir: true,
    // The practice court is an extension page no manifest key names: it is built as an input of its own.
    rollupOptions: { input: { practice: fromRoot('./src/practice/index.html') } },
  },
  resolve:
    mode === 'test'
      ? // The polyfill throws outside an extension: tests get an in-memory browser instead.
        { alias: { 'webextension-polyfill': fromRoot('./test/support/fake-browser.ts') } }
      : {},
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
  },
}));
