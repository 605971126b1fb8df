// What the guide's chunks are made of: each built as the extension builds it
// (vite, minified, one ES module), its modules' rendered code grouped by
// package or source folder, each group's share gzipped on its own. Shares
// gzipped apart add up to a little more than the file gzipped whole, since
// each group's dictionary starts afresh.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { ROOT } from '../../harness/browser/paths';
import { CONTENT_ALIASES } from '../build/content-aliases';

export interface ModuleGroup {
  /** `preact`, `webextension-polyfill`, `src/detection`, … */
  readonly group: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
}

export interface ChunkBreakdown {
  readonly chunk: string;
  readonly groups: readonly ModuleGroup[];
}

/** The chunks a court page may load after its gate, by source. */
export const BROKEN_DOWN = [
  { chunk: 'content/guide.js', source: 'src/content/guide-on-page.ts' },
  { chunk: 'content/overlay.js', source: 'src/guide/overlay/render-overlay.tsx' },
  { chunk: 'content/help-desks.js', source: 'src/flows/court-help-desks.ts' },
] as const;

function groupOf(id: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (inPackage?.[1]) return inPackage[1];
  const inSource = /\/(src\/[^/]+)\//.exec(id);
  return inSource?.[1] ?? 'other';
}

async function breakDown(source: string): Promise<ModuleGroup[]> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    resolve: { alias: CONTENT_ALIASES },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      write: false,
      target: 'chrome120',
      minify: true,
      rolldownOptions: { output: { minify: true } },
      lib: { entry: join(ROOT, source), formats: ['es'], fileName: () => 'chunk.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const code = new Map<string, string>();
  for (const output of outputs) {
    for (const item of output.output) {
      if (item.type !== 'chunk') continue;
      for (const [id, module] of Object.entries(item.modules)) {
        const group = groupOf(id);
        code.set(group, (code.get(group) ?? '') + (module.code ?? ''));
      }
    }
  }
  return [...code.entries()]
    .map(([group, text]) => ({
      group,
      minifiedBytes: Buffer.byteLength(text),
      gzipBytes: text.length === 0 ? 0 : gzipSync(text, { level: 9 }).length,
    }))
    .filter((entry) => entry.minifiedBytes > 0)
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

export async function measureModuleBreakdown(): Promise<ChunkBreakdown[]> {
  const breakdowns: ChunkBreakdown[] = [];
  for (const { chunk, source } of BROKEN_DOWN) {
    breakdowns.push({ chunk, groups: await breakDown(source) });
  }
  return breakdowns;
}
