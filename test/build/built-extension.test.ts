// @vitest-environment node
// What ships: no eval, no remote code, no permission beyond storage and the court hosts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toFirefoxManifest, type Manifest } from '../../scripts/firefox-manifest';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '../../dist');

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

describe('the built extension in dist/', () => {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    it('exists', () => {
      throw new Error('dist/ is missing: run `npm run build` (npm test does it first).');
    });
    return;
  }
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const scripts = files(DIST).filter((file) => file.endsWith('.js'));
  const pages = files(DIST).filter((file) => file.endsWith('.html'));

  it('asks only for storage and the court hosts, with the default content security policy', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toEqual(['https://*.uscourts.gov/*']);
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|http:\/\//);
    const contentScripts = manifest.content_scripts as { all_frames?: boolean }[];
    expect(contentScripts.every((script) => script.all_frames !== true)).toBe(true);
  });

  describe('on court pages', () => {
    const contentScripts = manifest.content_scripts as { js: string[]; matches: string[] }[];
    const code = (file: string) => readFileSync(join(DIST, file), 'utf8');
    // Strings only each library or module has: Preact's style-property pattern,
    // the polyfill's message, a recognition rule.
    const PREACT = 'acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera';
    const POLYFILL = 'The message port closed before a response was received';
    const RULES = 'document filing system';
    // A help-desk phone and a court's CM/ECF page, from court-help-desks.json.
    const HELP_DESKS = ['213-894-2365', 'https://www.akd.uscourts.gov/cmecf-info'];

    it('loads one classic script, a gate with neither recognition, the polyfill nor Preact', () => {
      expect(contentScripts.map((script) => script.js)).toEqual([['content/main.js']]);
      expect(code('content/main.js')).not.toContain(RULES);
      expect(code('content/main.js')).not.toContain(POLYFILL);
      expect(code('content/main.js')).not.toContain(PREACT);
      expect(code('content/main.js')).toContain('content/guide.js');
    });

    it('imports the guide, with recognition but neither the polyfill nor Preact', () => {
      expect(code('content/guide.js')).toContain(RULES);
      // The browser's own API (platform/native-browser.ts); the extension's pages keep the polyfill.
      expect(code('content/guide.js')).not.toContain(POLYFILL);
      expect(scripts.some((file) => readFileSync(file, 'utf8').includes(POLYFILL))).toBe(true);
      expect(code('content/guide.js')).not.toContain(PREACT);
      expect(code('content/guide.js')).toContain('content/overlay.js');
      expect(code('content/guide.js')).toContain('content/help-desks.js');
      for (const data of HELP_DESKS) expect(code('content/guide.js')).not.toContain(data);
    });

    it('lets the guide import the overlay, which carries neither the polyfill nor the rules again', () => {
      expect(manifest.web_accessible_resources).toEqual([
        {
          resources: ['content/guide.js', 'content/overlay.js', 'content/help-desks.js'],
          matches: contentScripts[0]?.matches,
          use_dynamic_url: true,
        },
      ]);
      expect(code('content/overlay.js')).toContain(PREACT);
      expect(code('content/overlay.js')).not.toContain(POLYFILL);
      expect(code('content/overlay.js')).not.toContain(RULES);
    });

    it('leaves the help desks out of the overlay, in a file of their own the guide imports when a filer is stuck', () => {
      for (const data of HELP_DESKS) {
        expect(code('content/overlay.js')).not.toContain(data);
        expect(code('content/help-desks.js')).toContain(data);
      }
      expect(code('content/help-desks.js')).not.toContain(PREACT);
      expect(code('content/help-desks.js')).not.toContain(POLYFILL);
      expect(code('content/help-desks.js')).not.toContain(RULES);
      // Firefox's manifest is derived from this one (built-firefox.test.ts checks dist-firefox/ is).
      const firefox = toFirefoxManifest(manifest as unknown as Manifest);
      expect(firefox.web_accessible_resources).toEqual([
        {
          resources: ['content/guide.js', 'content/overlay.js', 'content/help-desks.js'],
          matches: contentScripts[0]?.matches,
        },
      ]);
    });
  });

  it('runs no code built from strings', () => {
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(|new Function\s*\(|\bFunction\s*\(\s*['"`]/);
      expect(code, file).not.toMatch(/setTimeout\s*\(\s*['"`]|setInterval\s*\(\s*['"`]/);
    }
  });

  it('loads no remote code and names no host but the courts’ and XML namespaces', () => {
    for (const file of scripts) {
      const urls = readFileSync(file, 'utf8').match(/https?:\/\/[\w.-]+/g) ?? [];
      for (const url of urls) {
        expect(url, file).toMatch(
          // `https://ecf.` alone starts a template that adds the court id.
          /^(https:\/\/(ecf\.|ecf-train\.|([\w-]+\.)*uscourts\.gov)|http:\/\/www\.w3\.org)$/,
        );
      }
    }
    for (const page of pages) {
      expect(readFileSync(page, 'utf8'), page).not.toMatch(/<script[^>]+src=["']?https?:/i);
    }
  });
});
