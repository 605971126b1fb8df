// What `npm run detect` does, as a function of its arguments and streams, so
// that tests can run it in-process; scripts/detect.ts wires it to the process.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { detectPage } from '../../src/detection/detect-page';
import { HELP, parseArguments, USAGE, UsageError } from './arguments';
import { parsePageList } from './page-list';

export interface DetectIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** What relative paths (the page, the list and the pages it names) start from. */
  readonly cwd: string;
}

/** 0: every page was read; 1: a line of the list failed (the others ran); 2: usage error. */
export type ExitCode = 0 | 1 | 2;

/** The fields the command prints for a page: the contract of README's `detect` section. */
function detectSavedPage(url: URL, html: string) {
  // Scripts stay off: a saved court page is data, not code to run.
  const { window } = new JSDOM(html, { url: url.href });
  try {
    const { court, flow, step, linked, namesMatch, evidence } = detectPage(url, window.document);
    return { court, flow, step, linked, namesMatch, evidence };
  } finally {
    window.close();
  }
}

function reason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

async function readText(io: DetectIo, path: string, what: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what}${path}: ${reason(error)}`);
  }
}

async function runList(list: string, io: DetectIo): Promise<ExitCode> {
  const entries = parsePageList(await readText(io, list, 'list '));
  let failed = false;
  const report = (line: number, message: string) => {
    failed = true;
    io.stderr.write(`detect: ${list}:${line}: ${message}\n`);
  };
  for (const entry of entries) {
    if ('error' in entry) {
      report(entry.line, entry.error);
      continue;
    }
    let html: string;
    try {
      html = await readFile(resolve(io.cwd, entry.file), 'utf8');
    } catch (error) {
      report(entry.line, `cannot read ${entry.file}: ${reason(error)}`);
      continue;
    }
    let found;
    try {
      found = detectSavedPage(entry.url, html);
    } catch (error) {
      report(entry.line, `recognition failed on ${entry.file}: ${String(error)}`);
      continue;
    }
    io.stdout.write(`${JSON.stringify({ file: entry.file, ...found })}\n`);
  }
  return failed ? 1 : 0;
}

/** Runs `detect` with the arguments after `--`; returns the exit code. */
export async function runDetect(argv: readonly string[], io: DetectIo): Promise<ExitCode> {
  try {
    const command = parseArguments(argv);
    if (command.kind === 'help') {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (command.kind === 'list') return await runList(command.list, io);
    const html = await readText(io, command.file, '');
    io.stdout.write(`${JSON.stringify(detectSavedPage(command.url, html))}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`detect: ${error.message}\n${USAGE}\n`);
    return 2;
  }
}
