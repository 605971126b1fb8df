import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ mode }) => ({
  plugins: mode === 'test' ? [] : [crx({ manifest })],
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
