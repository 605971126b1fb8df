// What @crxjs/vite-plugin does not build, and why:
//
// - The content script runs on every court page. crx would load it through a
//   loader that imports chunks shared with the popup: one more round trip per
//   page, and those chunks web-accessible to every court page. It is built
//   instead as one self-contained classic script. Code that only some pages
//   need (the overlay, the help desks) is built as self-contained ES modules,
//   each web-accessible to the content scripts' pages alone, for them to import.
// - The popup opens on every click of the toolbar button. Built with the other
//   extension pages it loads nine modules, most of them shared chunks, and each
//   is a fetch inside the browser before the first render: built alone, it is
//   one module and one stylesheet (about 12 ms sooner with 188 courts; npm run bench).
//
// crx gets the manifest without them, and they are written back into the built manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type BuildEnvironmentOptions, type Plugin, type ResolvedConfig } from 'vite';
import { preactWithoutInnerHtml } from './preact-without-inner-html';

export interface ContentScriptEntry {
  readonly js: readonly string[];
  readonly matches?: readonly string[];
  readonly [key: string]: unknown;
}

interface BuildsApart {
  readonly content_scripts?: readonly ContentScriptEntry[];
  readonly action?: { readonly default_popup?: string; readonly [key: string]: unknown };
}

/** The manifest for crx, and what is built apart: the content scripts and the popup page. */
export function splitManifest<M extends BuildsApart>(
  manifest: M,
): {
  manifest: Omit<M, 'content_scripts'>;
  contentScripts: readonly ContentScriptEntry[];
  popup: string | null;
} {
  const { content_scripts: contentScripts = [], ...rest } = manifest;
  if (!rest.action?.default_popup) return { manifest: rest, contentScripts, popup: null };
  const { default_popup: popup, ...action } = rest.action;
  return { manifest: { ...rest, action }, contentScripts, popup };
}

/** Where a source entry lands in dist/: src/content/main.ts -> content/main.js. */
function builtName(source: string): string {
  return source.replace(/^src\//, '').replace(/\.[cm]?[jt]sx?$/, '.js');
}

/** A module the content script imports at run time from `file` in dist/. */
export interface LazyChunk {
  readonly source: string;
  readonly file: string;
}

export interface SeparateBuilds {
  readonly contentScripts: readonly ContentScriptEntry[];
  readonly lazyChunks?: readonly LazyChunk[];
  /** The popup's HTML, e.g. `src/popup/index.html`; it lands at the same path in dist/. */
  readonly popup: string | null;
  /** Modules the content script and its chunks import in place of others (module → file). */
  readonly contentAliases?: Readonly<Record<string, string>>;
}

export function separateBuilds({
  contentScripts,
  lazyChunks = [],
  popup,
  contentAliases = {},
}: SeparateBuilds): Plugin {
  let config: ResolvedConfig;
  /** One build beside the main one, sharing its root, aliases, target and JSX. */
  const buildApart = (
    outDir: string,
    options: BuildEnvironmentOptions,
    aliases: Readonly<Record<string, string>> = {},
  ) =>
    build({
      configFile: false,
      root: config.root,
      publicDir: false,
      plugins: [preactWithoutInnerHtml()],
      logLevel: 'warn',
      // The first alias that matches wins: these come before the main build's.
      resolve: {
        alias: [
          ...Object.entries(aliases).map(([find, replacement]) => ({ find, replacement })),
          ...config.resolve.alias,
        ],
      },
      oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      build: { outDir, emptyOutDir: false, target: config.build.target, ...options },
    });
  return {
    name: 'pacer-link-guide:separate-builds',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const sources = [...new Set(contentScripts.flatMap((script) => script.js))];
      const scripts = [
        ...sources.map((source) => ({ source, file: builtName(source), format: 'iife' as const })),
        ...lazyChunks.map((chunk) => ({ ...chunk, format: 'es' as const })),
      ];
      for (const { source, file, format } of scripts) {
        await buildApart(
          outDir,
          {
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
          contentAliases,
        );
      }
      if (popup) {
        await buildApart(outDir, {
          modulePreload: false,
          rolldownOptions: { input: join(config.root, popup), output: { codeSplitting: false } },
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
            // Chromium: only under an ID made afresh each session (runtime.getURL gives it to
            // the content script), so a court page cannot fetch the file at a fixed URL to learn
            // the extension is installed. Firefox already gives each install its own UUID.
            use_dynamic_url: true,
          },
        ];
      }
      if (popup) built.action = { ...(built.action as object), default_popup: popup };
      writeFileSync(manifestPath, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}
