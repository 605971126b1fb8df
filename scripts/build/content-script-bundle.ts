// The content script runs on every court page. @crxjs/vite-plugin would load
// it through a loader that imports chunks shared with the popup: one more
// round trip per page, and those chunks web-accessible to every court page.
// This builds it instead as one self-contained classic script and writes it
// into the built manifest in place of the source entry. Code that only some
// pages need (the overlay) is built as a self-contained ES module of its own,
// web-accessible to the content scripts' pages alone, for them to import.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { preactWithoutInnerHtml } from './preact-without-inner-html';

export interface ContentScriptEntry {
  readonly js: readonly string[];
  readonly matches?: readonly string[];
  readonly [key: string]: unknown;
}

/** The manifest without its content scripts (for crx), and the scripts to build. */
export function splitContentScripts<M extends { content_scripts?: readonly ContentScriptEntry[] }>(
  manifest: M,
): { manifest: Omit<M, 'content_scripts'>; contentScripts: readonly ContentScriptEntry[] } {
  const { content_scripts: contentScripts = [], ...rest } = manifest;
  return { manifest: rest, contentScripts };
}

/** Where a source entry lands in dist/: src/content/main.ts -> content/main.js. */
export function builtName(source: string): string {
  return source.replace(/^src\//, '').replace(/\.[cm]?[jt]sx?$/, '.js');
}

/** A module the content script imports at run time from `file` in dist/. */
export interface LazyChunk {
  readonly source: string;
  readonly file: string;
}

export function contentScriptBundle(
  contentScripts: readonly ContentScriptEntry[],
  lazyChunks: readonly LazyChunk[] = [],
): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'pacer-link-guide:content-script-bundle',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const sources = [...new Set(contentScripts.flatMap((script) => script.js))];
      const bundles = [
        ...sources.map((source) => ({ source, file: builtName(source), format: 'iife' as const })),
        ...lazyChunks.map((chunk) => ({ ...chunk, format: 'es' as const })),
      ];
      for (const { source, file, format } of bundles) {
        await build({
          configFile: false,
          root: config.root,
          plugins: [preactWithoutInnerHtml()],
          logLevel: 'warn',
          resolve: { alias: config.resolve.alias },
          oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
          build: {
            outDir,
            emptyOutDir: false,
            target: config.build.target,
            minify: true,
            // Vite leaves an ES library's whitespace for other bundlers; this one ships as is.
            rolldownOptions: { output: { minify: true } },
            lib: {
              entry: join(config.root, source),
              formats: [format],
              name: 'PacerLinkGuide',
              fileName: () => file,
            },
          },
        });
      }
      const manifestPath = join(outDir, 'manifest.json');
      const built = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      built.content_scripts = contentScripts.map((script) => ({
        ...script,
        js: script.js.map(builtName),
      }));
      if (lazyChunks.length > 0) {
        built.web_accessible_resources = [
          {
            resources: lazyChunks.map((chunk) => chunk.file),
            matches: [...new Set(contentScripts.flatMap((script) => script.matches ?? []))],
          },
        ];
      }
      writeFileSync(manifestPath, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}
