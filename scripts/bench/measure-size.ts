// What a court page downloads: the manifest's content-script files, and on a
// page that shows the guide also every web-accessible chunk they import at run
// time (found by name in the importing file, followed transitively).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface BuiltManifest {
  readonly content_scripts?: readonly { readonly js?: readonly string[] }[];
  readonly web_accessible_resources?: readonly { readonly resources?: readonly string[] }[];
}

export interface SizeFigures {
  /** Gzipped bytes on a page that needs no guide: the manifest's content-script files. */
  readonly noGuideBytes: number;
  /**
   * Gzipped bytes on a page that shows all of the guide: those plus every chunk
   * they may import (the overlay and, where the filer is stuck, the help desks).
   */
  readonly withGuideBytes: number;
  readonly files: readonly {
    readonly file: string;
    readonly gzipBytes: number;
    readonly lazy: boolean;
  }[];
}

const gzipBytes = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

export function measureSize(dist: string): SizeFigures {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as BuiltManifest;
  const eager = [...new Set((manifest.content_scripts ?? []).flatMap((script) => script.js ?? []))];
  const accessible = (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => entry.resources ?? [])
    .filter((resource) => resource.endsWith('.js'));
  const lazy: string[] = [];
  const pending = [...eager];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const chunk of accessible) {
      if (eager.includes(chunk) || lazy.includes(chunk) || !code.includes(basename(chunk)))
        continue;
      lazy.push(chunk);
      pending.push(chunk);
    }
  }
  const files = [
    ...eager.map((file) => ({ file, gzipBytes: gzipBytes(join(dist, file)), lazy: false })),
    ...lazy.map((file) => ({ file, gzipBytes: gzipBytes(join(dist, file)), lazy: true })),
  ];
  const sum = (list: typeof files) => list.reduce((total, file) => total + file.gzipBytes, 0);
  return {
    noGuideBytes: sum(files.filter((file) => !file.lazy)),
    withGuideBytes: sum(files),
    files,
  };
}
