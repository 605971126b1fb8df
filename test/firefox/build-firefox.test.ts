// @vitest-environment node
// `npm run build:firefox` on a small build of its own, not the real dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GECKO_ID } from '../../scripts/firefox-manifest';

const SCRIPT = fileURLToPath(new URL('../../scripts/build-firefox.ts', import.meta.url));

function chromiumBuild(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'build-firefox-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'dist', name)), { recursive: true });
    writeFileSync(join(root, 'dist', name), text);
  }
  return root;
}

const MANIFEST = JSON.stringify({
  manifest_version: 3,
  version: '1.0.0',
  background: { service_worker: 'loader.js', type: 'module' },
  action: { default_popup: 'popup.html' },
  minimum_chrome_version: '120',
});

const run = (root: string) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', SCRIPT, join(root, 'dist'), join(root, 'dist-firefox')],
    { encoding: 'utf8' },
  );

describe('npm run build:firefox', () => {
  it('copies the Chromium build and gives the copy the Firefox manifest', () => {
    const root = chromiumBuild({
      'manifest.json': MANIFEST,
      'loader.js': "import './assets/bg.js';",
      'assets/bg.js': '',
      'popup.html': '<!doctype html>',
    });
    mkdirSync(join(root, 'dist-firefox'));
    writeFileSync(join(root, 'dist-firefox', 'stale.js'), 'from an older build');

    const result = run(root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = join(root, 'dist-firefox');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest.background).toEqual({ scripts: ['loader.js'], type: 'module' });
    expect(manifest).toHaveProperty('browser_specific_settings.gecko.id', GECKO_ID);
    expect(readFileSync(join(out, 'loader.js'), 'utf8')).toBe("import './assets/bg.js';");
    expect(existsSync(join(out, 'assets/bg.js'))).toBe(true);
    expect(existsSync(join(out, 'stale.js'))).toBe(false);
    // The Chromium build is left as it was.
    expect(readFileSync(join(root, 'dist/manifest.json'), 'utf8')).toBe(MANIFEST);
  });

  it('fails when the manifest names a file the build lacks', () => {
    const root = chromiumBuild({ 'manifest.json': MANIFEST, 'loader.js': '' });
    const result = run(root);
    expect(result.stderr).toContain('the manifest names missing files: popup.html');
    expect(result.status).toBe(1);
  });

  it('asks for the Chromium build when there is none', () => {
    const result = run(mkdtempSync(join(tmpdir(), 'build-firefox-')));
    expect(result.stderr).toContain('run `npm run build` first');
    expect(result.status).toBe(1);
  });
});
