// Preact writes `dangerouslySetInnerHTML` with `element.innerHTML = html`: the
// one HTML sink in the built extension, which Mozilla's linter (web-ext lint,
// and AMO's review) reports as UNSAFE_VAR_ASSIGNMENT. The extension never uses
// that prop, and it renders names and headings taken from court pages, so the
// sink is replaced by an error rather than excused: one fewer way for page
// content to become markup.
import type { Plugin } from 'vite';

// The browser and the ESM builds of Preact's core (not its min or UMD files, which nothing imports).
const PREACT_MODULE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(?:module\.js|mjs)$/;
const SINK = /(\b[\w$]+)\.innerHTML\s*=\s*([\w$]+)\.__html\b/g;
const REFUSAL = `(()=>{throw new Error('PACER Link Guide: dangerouslySetInnerHTML is not supported')})()`;

/** Preact's module with its innerHTML sink replaced; fails loudly if Preact's code changed shape. */
export function withoutInnerHtmlSink(code: string): string {
  const sinks = code.match(SINK)?.length ?? 0;
  if (sinks !== 1) {
    throw new Error(
      `expected one innerHTML sink in Preact's core, found ${sinks}: review scripts/build/preact-without-inner-html.ts for this Preact version`,
    );
  }
  return code.replace(SINK, REFUSAL);
}

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'pacer-link-guide:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      return PREACT_MODULE.test(id.split('?')[0] ?? id)
        ? { code: withoutInnerHtmlSink(code), map: null }
        : null;
    },
  };
}
