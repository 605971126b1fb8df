// detectPage as one classic script for a browser page, built the way the
// content script is (vite, minified, IIFE), so Chromium runs the shipped code.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../../harness/browser/paths';

/** The global the script defines: `{ detectPage }`. */
export const DETECT_GLOBAL = 'PacerLinkGuideBenchDetect';

export async function buildDetectBundle(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'pacer-link-guide-bench-'));
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: false,
        target: 'chrome120',
        minify: true,
        lib: {
          entry: join(ROOT, 'src/detection/detect-page.ts'),
          formats: ['iife'],
          name: DETECT_GLOBAL,
          fileName: () => 'detect-page.js',
        },
      },
    });
    return readFileSync(join(outDir, 'detect-page.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
