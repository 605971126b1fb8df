import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };
import { contentScriptBundle, splitContentScripts } from './scripts/build/content-script-bundle';
import { preactWithoutInnerHtml } from './scripts/build/preact-without-inner-html';
import { OVERLAY_FILE } from './src/guide/overlay-file';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// crx builds the popup, options, background and practice pages; the content
// script is built on its own as one classic script, and the overlay it loads
// when a page needs it as one module (see content-script-bundle.ts).
const { manifest: pagesManifest, contentScripts } = splitContentScripts(manifest);

export default defineConfig(({ mode }) => ({
  plugins:
    mode === 'test'
      ? []
      : [
          preactWithoutInnerHtml(),
          crx({ manifest: pagesManifest }),
          contentScriptBundle(contentScripts, [
            { source: 'src/guide/overlay/render-overlay.tsx', file: OVERLAY_FILE },
          ]),
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
