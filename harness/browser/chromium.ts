// What the browser tests need before they start: a Chromium and a fresh build.
// Either missing is a failure that says what to do, never a silent skip.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from './paths';

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. The browser tests drive a real Chromium with the built extension.\n` +
        '  On Debian or Ubuntu: apt-get update && apt-get install -y chromium   (as root)\n' +
        '  Or point CHROME_PATH at a Chromium or Chrome 120+ binary.',
    );
  }
  return path;
}

/**
 * When the test run began: the start of vitest's main process, which starts
 * this worker (Linux's /proc tells); elsewhere, this worker's own start.
 */
function runStart(): number {
  try {
    const [, afterName = ''] = readFileSync(`/proc/${process.ppid}/stat`, 'utf8').split(') ');
    const ticksAfterBoot = Number(afterName.split(' ')[19]);
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    const started = boot * 1000 + ticksAfterBoot * 10; // USER_HZ is 100 on Linux
    if (Number.isFinite(started) && started > 0) return Math.min(started, performance.timeOrigin);
  } catch {
    // Not Linux.
  }
  return performance.timeOrigin;
}

/** The latest change under `path` made before `before` (epoch ms). */
function newestChange(path: string, before: number): number {
  const stat = statSync(path);
  const own = stat.mtimeMs < before ? stat.mtimeMs : 0;
  if (!stat.isDirectory()) return own;
  return Math.max(
    own,
    ...readdirSync(path).map((entry) => newestChange(join(path, entry), before)),
  );
}

/**
 * The build in dist/, refusing one older than the sources: a stale build tests
 * old code. EXTENSION_DIST names another build to test (a packaged one, say).
 */
export function builtExtension(): string {
  const other = process.env.EXTENSION_DIST;
  if (other) {
    if (!existsSync(join(other, 'manifest.json'))) throw new Error(`No manifest.json in ${other}`);
    return other;
  }
  const manifest = join(DIST, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error('No build in dist/: run `npm run build` before the browser tests.');
  }
  // Edits made while the tests run are the next run's business.
  const runStarted = runStart();
  const sources = Math.max(
    ...['src', 'manifest.json', 'public'].map((path) => newestChange(join(ROOT, path), runStarted)),
  );
  if (sources > statSync(manifest).mtimeMs) {
    throw new Error('dist/ is older than src/: run `npm run build` before the browser tests.');
  }
  return DIST;
}
