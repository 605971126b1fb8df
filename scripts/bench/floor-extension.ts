// The least any extension costs, to read the figures against: a copy of the
// build whose content scripts are empty, with an extension page that draws
// one bare row per court from a one-line module. Whatever these cost is
// Chromium's own (an isolated world per page, an extension process per
// popup); what the real build costs beyond them is the guide's.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FLOOR_PAGE = 'bench-floor.html';

export function floorExtension(dist: string, courts: readonly string[]): string {
  const floor = mkdtempSync(join(tmpdir(), 'pacer-link-guide-bench-floor-'));
  cpSync(dist, floor, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(floor, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  for (const file of (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []))
    writeFileSync(join(floor, file), '');
  writeFileSync(
    join(floor, FLOOR_PAGE),
    '<!doctype html><meta charset="utf-8"><title>floor</title>' +
      '<script type="module" src="bench-floor.js"></script><ul id="rows"></ul>',
  );
  writeFileSync(
    join(floor, 'bench-floor.js'),
    `document.getElementById('rows').innerHTML = ${JSON.stringify(
      courts.map((court) => `<li data-court="${court}">${court}</li>`).join(''),
    )};`,
  );
  return floor;
}

/**
 * A copy of the floor build whose empty content scripts run only on court
 * hosts renamed `<prefix>ecf.…` (`https://floor-ecf.mnd.uscourts.gov/`), so
 * that it can share one browser with the real build (one-browser.ts).
 */
export function floorOnHosts(floor: string, prefixes: readonly string[]): string {
  const copy = mkdtempSync(join(tmpdir(), 'pacer-link-guide-bench-floor-hosts-'));
  cpSync(floor, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as {
    name?: string;
    content_scripts?: { include_globs?: string[] }[];
  };
  manifest.name = 'PACER Link Guide floor (bench)';
  for (const script of manifest.content_scripts ?? [])
    script.include_globs = prefixes.map((prefix) => `https://${prefix}*.uscourts.gov/*`);
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  return copy;
}
