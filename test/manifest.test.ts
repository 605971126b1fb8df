// @vitest-environment node
// The extension asks only for what it uses: storage, and the court hosts.
import { classifyHost } from '../src/detection/classify-host';
import manifest from '../manifest.json' with { type: 'json' };

/** Chrome's match-pattern and glob semantics, enough for https host patterns. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`);
}

function matchPatternToRegExp(pattern: string): RegExp {
  const [, scheme, host, path] = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  if (!scheme || !host || !path) throw new Error(`not a match pattern: ${pattern}`);
  const hostSource = host.startsWith('*.')
    ? `([^/]+\\.)?${host.slice(2).replace(/\./g, '\\.')}`
    : host.replace(/\./g, '\\.');
  return new RegExp(`^${scheme}://${hostSource}${path.replace(/\*/g, '.*')}$`);
}

const [contentScript] = manifest.content_scripts;

function injectsInto(url: string): boolean {
  if (!contentScript) return false;
  const matches = contentScript.matches.some((pattern) => matchPatternToRegExp(pattern).test(url));
  const included = contentScript.include_globs.some((glob) => globToRegExp(glob).test(url));
  return matches && included;
}

describe('manifest', () => {
  it('is Manifest V3 and asks for storage and the court hosts only', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toEqual(['https://*.uscourts.gov/*']);
    expect(JSON.stringify(manifest)).not.toMatch(
      /<all_urls>|http:\/\/|unsafe-eval|externally_connectable/,
    );
    expect(manifest).not.toHaveProperty('content_security_policy');
  });

  it.each([
    'https://ecf.mnd.uscourts.gov/cgi-bin/ShowIndex.pl',
    'https://ecf.cacb.uscourts.gov/',
    'https://ecf-train.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities',
    'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=MNDC',
    'https://pacer.uscourts.gov/',
    'https://pacer.psc.uscourts.gov/pscof/manage/maintenance.jsf',
  ])('runs the content script on %s, a host recognition knows', (url) => {
    expect(injectsInto(url)).toBe(true);
    expect(classifyHost(new URL(url))).not.toBeNull();
  });

  it.each([
    'https://www.uscourts.gov/',
    'https://www.mnd.uscourts.gov/',
    'https://ecf.mnd.uscourts.gov.example.com/',
    'http://ecf.mnd.uscourts.gov/',
    'https://example.com/https://ecf.mnd.uscourts.gov/',
  ])('stays off %s', (url) => {
    expect(injectsInto(url)).toBe(false);
  });
});
