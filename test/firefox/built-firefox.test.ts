// @vitest-environment node
// What ships to Firefox: the manifest derived from the current Chromium build,
// and Mozilla's own linter (as AMO runs it) with nothing to report.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toFirefoxManifest } from '../../scripts/firefox-manifest';
import type { Manifest } from '../../scripts/firefox-manifest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIREFOX = join(ROOT, 'dist-firefox');
const manifestIn = (folder: string) =>
  JSON.parse(readFileSync(join(ROOT, folder, 'manifest.json'), 'utf8')) as Manifest;

interface LintReport {
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly notices: number;
  };
  readonly errors: readonly unknown[];
  readonly warnings: readonly unknown[];
  readonly notices: readonly unknown[];
}

describe('the Firefox build in dist-firefox/', () => {
  if (!existsSync(join(FIREFOX, 'manifest.json'))) {
    it('exists', () => {
      throw new Error('dist-firefox/ is missing: run `npm run build` (npm test does it first).');
    });
    return;
  }

  it('is derived from the current Chromium build', () => {
    expect(manifestIn('dist-firefox')).toEqual(toFirefoxManifest(manifestIn('dist')));
  });

  it('passes web-ext lint with no error, warning or notice', () => {
    const result = spawnSync(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', FIREFOX, '--output', 'json', '--no-config-discovery', '--boring'],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(result.stdout) as LintReport;
    // The messages themselves, so a failure says what to fix.
    expect([...report.errors, ...report.warnings, ...report.notices]).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
    expect(result.status).toBe(0);
  }, 60_000);
});
