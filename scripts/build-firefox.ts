// `npm run build:firefox`: derives the Firefox build (dist-firefox/) from the
// Chromium build (dist/) by copying it and rewriting its manifest, so both
// run the very same bundled code. Run `npm run build` first (it does both).
import { access, cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { filesNamedBy, toFirefoxManifest } from './firefox-manifest';
import type { Manifest } from './firefox-manifest';

async function buildFirefox(from: string, to: string): Promise<Manifest> {
  let chromium: Manifest;
  try {
    chromium = JSON.parse(await readFile(join(from, 'manifest.json'), 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(`no Chromium build in ${from} (run \`npm run build\` first): ${String(error)}`);
  }
  const firefox = toFirefoxManifest(chromium);
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
  await writeFile(join(to, 'manifest.json'), `${JSON.stringify(firefox, null, 2)}\n`);

  const missing: string[] = [];
  for (const file of filesNamedBy(firefox)) {
    await access(join(to, file)).catch(() => missing.push(file));
  }
  if (missing.length > 0)
    throw new Error(`the manifest names missing files: ${missing.join(', ')}`);
  return firefox;
}

const [from = 'dist', to = 'dist-firefox'] = process.argv.slice(2);
buildFirefox(resolve(from), resolve(to)).then(
  () => process.stdout.write(`build-firefox: ${to}/ derived from ${from}/\n`),
  (error: unknown) => {
    process.stderr.write(
      `build-firefox: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
