// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

function detect(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', ['run', '--silent', 'detect', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run detect', () => {
  it('prints one JSON object with the contract’s keys', () => {
    const result = detect(
      '--url',
      'https://ecf.cacb.uscourts.gov/',
      'test/fixtures/real/cacb_bankruptcy_ecf_home_document_filing_system.html',
    );
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const output = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(Object.keys(output).sort()).toEqual(
      ['court', 'evidence', 'flow', 'linked', 'namesMatch', 'step'].sort(),
    );
    expect(output).toMatchObject({
      court: 'cacb',
      flow: 'court-link',
      step: 'ecf-home',
      linked: null,
      namesMatch: null,
    });
    expect(output.evidence).toEqual(expect.arrayContaining(['host:ecf', 'step:ecf-home']));
  });

  it.each([
    [
      'a missing file',
      ['--url', 'https://ecf.mnd.uscourts.gov/', 'test/fixtures/no-such-page.html'],
      /cannot read/,
    ],
    ['a directory', ['--url', 'https://ecf.mnd.uscourts.gov/', 'test/fixtures'], /cannot read/],
    ['a bad URL', ['--url', 'not a url', 'test/fixtures/real/README.md'], /not a URL/],
    ['no URL', ['test/fixtures/real/README.md'], /missing --url/],
    ['no page', ['--url', 'https://ecf.mnd.uscourts.gov/'], /missing the saved page/],
  ])('fails clearly with exit code 2 on %s', (_case, args, message) => {
    const result = detect(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
