// @vitest-environment node
// `npm run detect`: the command's logic runs in-process through runDetect; one
// test spawns the real `npm run --silent detect` to check the wiring.
// Recognition itself is tested by the fixture matrix: here only the fields
// that follow from the URL (the court, from the host) are asserted.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDetect } from '../../scripts/detect/run-detect';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const KEYS = ['court', 'evidence', 'flow', 'linked', 'namesMatch', 'step'];

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

async function detect(args: readonly string[], cwd = ROOT): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await runDetect(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
  });
  return { status, stdout, stderr };
}

/** The real command, through npm and tsx: slow to start on a loaded machine. */
function spawnDetect(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'detect', '--', ...args], {
      cwd: ROOT,
      timeout: 55_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const MND = {
  url: 'https://ecf.mnd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&id=-1',
  file: 'test/fixtures/authored/mnd-utilities-your-account-heading.html',
  court: 'mnd',
};
const NCMB = {
  url: 'https://ecf.ncmb.uscourts.gov/cgi-bin/login.pl',
  file: 'test/fixtures/authored/ncmb-ecf-main-filer.html',
  court: 'ncmb',
};
const CACB = {
  url: 'https://ecf.cacb.uscourts.gov/',
  file: 'test/fixtures/real/cacb_bankruptcy_ecf_home_document_filing_system.html',
  court: 'cacb',
};

describe('npm run detect', () => {
  it('runs through npm and prints what runDetect prints', async () => {
    const args = ['--url', MND.url, MND.file];
    const result = await spawnDetect(args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0] ?? {}).sort()).toEqual(KEYS);
    expect(lines[0]).toMatchObject({ court: 'mnd', flow: 'court-link', step: 'utilities' });
    expect(result.stdout).toBe((await detect(args)).stdout);
  }, 60_000);
});

describe('runDetect', { timeout: 30_000 }, () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'detect-command-'));
    await mkdir(join(dir, 'saved'));
    await copyFile(join(ROOT, MND.file), join(dir, 'saved/mnd.html'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /**
   * Writes pages.tsv in the temporary directory, which the command runs in
   * unless `cwd` says otherwise (then the list is given by its absolute path).
   */
  async function detectList(lines: readonly string[], eol = '\n', cwd?: string): Promise<Run> {
    const list = join(dir, 'pages.tsv');
    await writeFile(list, lines.join(eol) + eol);
    return cwd ? detect(['--list', list], cwd) : detect(['--list', 'pages.tsv'], dir);
  }

  describe('one page', () => {
    it('prints one JSON object with the contract’s keys', async () => {
      const result = await detect(['--url', MND.url, MND.file]);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      const lines = jsonLines(result.stdout);
      expect(lines).toHaveLength(1);
      expect(Object.keys(lines[0] ?? {}).sort()).toEqual(KEYS);
      expect(lines[0]).toMatchObject({
        court: 'mnd',
        flow: 'court-link',
        step: 'utilities',
        namesMatch: null,
      });
      expect(lines[0]?.evidence).toEqual(expect.arrayContaining(['host:ecf', 'court:host mnd']));
    });

    it('takes --url=<URL> as well', async () => {
      const result = await detect([`--url=${CACB.url}`, CACB.file]);
      expect(result.status).toBe(0);
      expect(jsonLines(result.stdout)[0]).toMatchObject({ court: 'cacb' });
    });

    it.each([
      [
        'a missing file',
        ['--url', 'https://ecf.mnd.uscourts.gov/', 'test/fixtures/no-such-page.html'],
        /^detect: cannot read test\/fixtures\/no-such-page\.html: ENOENT\n/,
      ],
      ['a directory', ['--url', 'https://ecf.mnd.uscourts.gov/', 'test/fixtures'], /cannot read/],
      ['a bad URL', ['--url', 'not a url', 'test/fixtures/real/README.md'], /not a URL/],
      ['no URL', ['test/fixtures/real/README.md'], /missing --url/],
      ['no page', ['--url', 'https://ecf.mnd.uscourts.gov/'], /missing the saved page/],
      ['two pages', ['--url', MND.url, MND.file, CACB.file], /one page at a time/],
      ['an unknown option', ['--url', MND.url, '--verbose', MND.file], /unknown option --verbose/],
    ])('fails clearly with exit code 2 on %s', async (_case, args, message) => {
      const result = await detect(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/\nusage: npm run --silent detect -- --url/);
      expect(result.stdout).toBe('');
    });
  });

  describe('--list', () => {
    it('prints one line per page, in order, with the file as written', async () => {
      const result = await detectList([
        `${MND.url}\tsaved/mnd.html`,
        `${NCMB.url}\t${join(ROOT, NCMB.file)}`,
        `${CACB.url}\t${join(ROOT, CACB.file)}`,
      ]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const lines = jsonLines(result.stdout);
      expect(lines.map((line) => [line.file, line.court])).toEqual([
        ['saved/mnd.html', 'mnd'],
        [join(ROOT, NCMB.file), 'ncmb'],
        [join(ROOT, CACB.file), 'cacb'],
      ]);
      for (const line of lines) expect(Object.keys(line).sort()).toEqual(['file', ...KEYS].sort());
    });

    it('prints for each page what the single mode prints, plus file', async () => {
      const pages = [MND, NCMB, CACB];
      const result = await detectList(
        pages.map((page) => `${page.url}\t${page.file}`),
        '\n',
        ROOT,
      );
      const lines = jsonLines(result.stdout);
      expect(lines).toHaveLength(pages.length);
      for (const [index, page] of pages.entries()) {
        const single = jsonLines((await detect(['--url', page.url, page.file])).stdout)[0];
        expect(lines[index]).toEqual({ file: lines[index]?.file, ...single });
      }
    });

    it('accepts --list=<file>, comments, blank lines and Windows line ends', async () => {
      await writeFile(
        join(dir, 'pages.tsv'),
        `\uFEFF# url\tpath\r\n\r\n   \r\n${CACB.url}\t${join(ROOT, CACB.file)}\r\n`,
      );
      const result = await detect(['--list=pages.tsv'], dir);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(jsonLines(result.stdout).map((line) => line.file)).toEqual([join(ROOT, CACB.file)]);
    });

    it('prints nothing and succeeds for a list of comments only', async () => {
      const result = await detectList(['# nothing yet', '']);
      expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
    });

    it.each([
      [
        'a missing file',
        `${NCMB.url}\tsaved/no-such-page.html`,
        /cannot read saved\/no-such-page\.html: ENOENT/,
      ],
      ['a directory', `${NCMB.url}\tsaved`, /cannot read saved: EISDIR/],
      ['no tab', `${NCMB.url} saved/mnd.html`, /no tab between the URL and the path/],
      ['two tabs', `${NCMB.url}\tsaved/mnd.html\tnote`, /more than one tab/],
      ['a bad URL', `ecf.ncmb.uscourts.gov\tsaved/mnd.html`, /not a URL: ecf\.ncmb\.uscourts\.gov/],
      ['no URL', `\tsaved/mnd.html`, /missing the URL/],
      ['no path', `${NCMB.url}\t`, /missing the path/],
    ])('reports %s on its line and still runs the others', async (_case, bad, message) => {
      const result = await detectList([
        '# court pages',
        `${MND.url}\tsaved/mnd.html`,
        '',
        bad,
        `${CACB.url}\t${join(ROOT, CACB.file)}`,
      ]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^detect: pages\.tsv:4: [^\n]+\n$/);
      expect(result.stderr).toMatch(message);
      expect(jsonLines(result.stdout).map((line) => [line.file, line.court])).toEqual([
        ['saved/mnd.html', 'mnd'],
        [join(ROOT, CACB.file), 'cacb'],
      ]);
    });

    it('reports every bad line, and exits 1 when none worked', async () => {
      const result = await detectList(['no tab here', `not a url\tsaved/mnd.html`]);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toEqual([
        'detect: pages.tsv:1: no tab between the URL and the path',
        'detect: pages.tsv:2: not a URL: not a url',
      ]);
    });

    it.each([
      [
        'a missing list',
        ['--list', 'no-such-list.tsv'],
        /cannot read list no-such-list\.tsv: ENOENT/,
      ],
      ['a directory as the list', ['--list', 'saved'], /cannot read list saved: EISDIR/],
      ['no list after --list', ['--list'], /missing the list after --list/],
      ['two lists', ['--list', 'pages.tsv', '--list', 'pages.tsv'], /one --list at a time/],
      ['a page as well', ['--list', 'pages.tsv', 'saved/mnd.html'], /no page argument/],
      ['--url as well', ['--url', MND.url, '--list', 'pages.tsv'], /no --url/],
    ])('fails with exit code 2 on %s', async (_case, args, message) => {
      await writeFile(join(dir, 'pages.tsv'), `${MND.url}\tsaved/mnd.html\n`);
      const result = await detect(args, dir);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/\nusage: npm run --silent detect -- --url/);
      expect(result.stdout).toBe('');
    });
  });

  it('documents both modes and the exit codes in --help', async () => {
    const result = await detect(['--help']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/--url <URL> <saved-page\.html>/);
    expect(result.stdout).toMatch(/--list <pages\.tsv>/);
    expect(result.stdout).toMatch(/URL<TAB>path/);
    expect(result.stdout).toMatch(/Exit code: 0 .* 1 .*\n2 /);
  });
});
