// `npm run --silent detect -- --url <URL> <saved-page.html>`: runs the
// extension's own recognition on a saved page and prints what it found, for
// maintainers checking a court page whose layout changed.
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { detectPage } from '../src/detection/detect-page';

const USAGE = 'usage: npm run --silent detect -- --url <URL> <saved-page.html>';

function fail(message: string): never {
  process.stderr.write(`detect: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArguments(argv: readonly string[]): { url: URL; file: string } {
  let url: string | undefined;
  let file: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--url') url = argv[(index += 1)];
    else if (argument?.startsWith('--url=')) url = argument.slice('--url='.length);
    else if (argument === '--help' || argument === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (argument?.startsWith('-')) fail(`unknown option ${argument}`);
    else if (file === undefined) file = argument;
    else fail(`one page at a time (got ${file} and ${argument})`);
  }
  if (!url) fail('missing --url');
  if (!file) fail('missing the saved page');
  try {
    return { url: new URL(url), file };
  } catch {
    fail(`not a URL: ${url}`);
  }
}

const { url, file } = parseArguments(process.argv.slice(2));
let html: string;
try {
  html = await readFile(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}

// Scripts stay off: a saved court page is data, not code to run.
const { window } = new JSDOM(html, { url: url.href });
const detection = detectPage(url, window.document);
const { court, flow, step, linked, namesMatch, evidence } = detection;
process.stdout.write(`${JSON.stringify({ court, flow, step, linked, namesMatch, evidence })}\n`);
