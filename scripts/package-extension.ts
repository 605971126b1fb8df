// `npm run package`: the store packages, from the builds `npm run build` wrote.
//   pacer-link-guide-<version>-chromium.zip  dist/, for the Chrome Web Store and Edge Add-ons
//   pacer-link-guide-<version>-firefox.zip   dist-firefox/, for addons.mozilla.org
//   pacer-link-guide-<version>-source.zip    the tracked source files, which Mozilla's
//                                            review asks for since the code is bundled
// Options: --root <project folder> (default: this one), --out <folder>.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createZip } from './zip-archive';
import type { ZipEntry } from './zip-archive';

const PROJECT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const NAME = 'pacer-link-guide';

interface BuiltManifest {
  readonly version?: string;
  readonly browser_specific_settings?: { readonly gecko?: { readonly id?: string } };
}

interface Options {
  readonly root: string;
  readonly out: string;
}

function parseOptions(argv: readonly string[]): Options {
  let root = PROJECT;
  let out: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    const value = argv[index + 1];
    if ((argument === '--root' || argument === '--out') && value !== undefined) {
      if (argument === '--root') root = resolve(value);
      else out = resolve(value);
      index += 1;
    } else {
      throw new Error(`unknown argument ${argument} (options: --root <folder>, --out <folder>)`);
    }
  }
  return { root, out: out ?? join(root, 'artifacts/packages') };
}

/** Every file under `folder`, as sorted forward-slash paths relative to it. */
async function filesUnder(folder: string): Promise<string[]> {
  const found = await readdir(folder, { recursive: true, withFileTypes: true });
  return found
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * A build folder as zip entries, manifest.json at the root. Hidden files
 * (.DS_Store, .vite/) and source maps are build leftovers, not extension files.
 */
async function buildEntries(folder: string): Promise<{ entries: ZipEntry[]; left: string[] }> {
  const files = await filesUnder(folder);
  const isLeftover = (file: string): boolean =>
    file.split('/').some((segment) => segment.startsWith('.')) || file.endsWith('.map');
  const entries = await Promise.all(
    files
      .filter((file) => !isLeftover(file))
      .map(async (name) => ({ name, data: await readFile(join(folder, name)) })),
  );
  return { entries, left: files.filter(isLeftover) };
}

async function readManifest(folder: string, build: string): Promise<BuiltManifest> {
  try {
    return JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as BuiltManifest;
  } catch {
    throw new Error(`no ${build} build in ${folder}: run \`npm run build\` first`);
  }
}

const git = (root: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The tracked files as they are in the working tree (a file deleted but not yet committed is left out). */
async function sourceEntries(root: string): Promise<ZipEntry[]> {
  const tracked = git(root, 'ls-files', '-z').split('\0').filter(Boolean);
  const entries = await Promise.all(
    tracked.map(async (name): Promise<ZipEntry | null> => {
      const data = await readFile(join(root, name)).catch(() => null);
      return data ? { name, data } : null;
    }),
  );
  return entries.filter((entry) => entry !== null);
}

async function main(): Promise<void> {
  const { root, out } = parseOptions(process.argv.slice(2));
  const chromiumDir = join(root, 'dist');
  const firefoxDir = join(root, 'dist-firefox');
  const chromium = await readManifest(chromiumDir, 'Chromium');
  const firefox = await readManifest(firefoxDir, 'Firefox');
  if (!chromium.version || chromium.version !== firefox.version) {
    throw new Error(
      `dist/ is version ${chromium.version} but dist-firefox/ is ${firefox.version}: run \`npm run build\``,
    );
  }
  if (!firefox.browser_specific_settings?.gecko?.id) {
    throw new Error('dist-firefox/manifest.json has no gecko id: run `npm run build`');
  }

  const changed = git(root, 'status', '--porcelain').split('\n').filter(Boolean);
  if (changed.length > 0) {
    process.stderr.write(
      `package: ${changed.length} files differ from the last commit; the source zip holds tracked files only. Commit before packaging a release.\n`,
    );
  }

  await mkdir(out, { recursive: true });
  const packages: [string, ZipEntry[]][] = [];
  for (const [label, folder] of [
    ['chromium', chromiumDir],
    ['firefox', firefoxDir],
  ] as const) {
    const { entries, left } = await buildEntries(folder);
    if (left.length > 0)
      process.stderr.write(`package: left out of ${label}: ${left.join(', ')}\n`);
    packages.push([label, entries]);
  }
  packages.push(['source', await sourceEntries(root)]);

  for (const [label, entries] of packages) {
    const file = join(out, `${NAME}-${chromium.version}-${label}.zip`);
    const zip = createZip(entries);
    await writeFile(file, zip);
    const kB = (zip.length / 1024).toFixed(1);
    process.stdout.write(`${relative(process.cwd(), file)}  ${entries.length} files, ${kB} kB\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`package: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
