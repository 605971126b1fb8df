// @vitest-environment node
// `npm run package` on a small project of its own: a git repository with
// both builds in it, so the test never depends on the real build.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readZip } from './read-zip';

const SCRIPT = fileURLToPath(new URL('../../scripts/package-extension.ts', import.meta.url));

function write(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}

function project(firefoxVersion = '1.2.3'): string {
  const root = mkdtempSync(join(tmpdir(), 'package-extension-'));
  write(root, {
    'README.md': '# Building from source\n',
    'package.json': '{}\n',
    'src/main.ts': 'export {};\n',
    '.gitignore': 'dist/\ndist-firefox/\nartifacts/\n',
    'dist/manifest.json': JSON.stringify({ manifest_version: 3, version: '1.2.3' }),
    'dist/assets/main.js': 'console.log(1);\n',
    'dist/assets/main.js.map': '{}',
    'dist/.vite/manifest.json': '{}',
    'dist-firefox/manifest.json': JSON.stringify({
      manifest_version: 3,
      version: firefoxVersion,
      browser_specific_settings: { gecko: { id: 'guide@example' } },
    }),
    'dist-firefox/assets/main.js': 'console.log(1);\n',
  });
  execFileSync('git', ['init', '--quiet'], { cwd: root });
  execFileSync('git', ['add', 'README.md', 'package.json', 'src/main.ts', '.gitignore'], {
    cwd: root,
  });
  write(root, { 'notes.txt': 'not tracked' });
  return root;
}

const run = (root: string) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', SCRIPT, '--root', root, '--out', join(root, 'out')],
    {
      encoding: 'utf8',
    },
  );

const names = (file: string) => readZip(readFileSync(file)).map((entry) => entry.name);

describe('npm run package', () => {
  it('zips each build with its manifest at the root, and the tracked source', () => {
    const root = project();
    const result = run(root);
    expect(result.stderr).toContain(
      'left out of chromium: .vite/manifest.json, assets/main.js.map',
    );
    expect(result.status).toBe(0);
    const out = join(root, 'out');
    expect(names(join(out, 'pacer-link-guide-1.2.3-chromium.zip'))).toEqual([
      'assets/main.js',
      'manifest.json',
    ]);
    expect(names(join(out, 'pacer-link-guide-1.2.3-firefox.zip'))).toEqual([
      'assets/main.js',
      'manifest.json',
    ]);
    // Untracked and ignored files (notes, builds) stay out of the source.
    expect(names(join(out, 'pacer-link-guide-1.2.3-source.zip'))).toEqual([
      '.gitignore',
      'README.md',
      'package.json',
      'src/main.ts',
    ]);
    expect(result.stderr).toMatch(/files differ from the last commit/);
    expect(result.stdout).toMatch(/pacer-link-guide-1\.2\.3-source\.zip {2}4 files, [\d.]+ kB/);
  });

  it('refuses builds of different versions', () => {
    const result = run(project('1.2.2'));
    expect(result.stderr).toContain('dist/ is version 1.2.3 but dist-firefox/ is 1.2.2');
    expect(result.status).toBe(1);
  });

  it('asks for the build when there is none', () => {
    const root = mkdtempSync(join(tmpdir(), 'package-extension-'));
    const result = run(root);
    expect(result.stderr).toContain('no Chromium build');
    expect(result.status).toBe(1);
  });
});
