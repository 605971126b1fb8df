// The command line of `npm run detect`: one saved page with its URL, or a list
// of them. Mistakes here are usage errors (exit code 2).

export const USAGE = [
  'usage: npm run --silent detect -- --url <URL> <saved-page.html>',
  '       npm run --silent detect -- --list <pages.tsv>',
].join('\n');

export const HELP = `${USAGE}

Runs the extension's recognition on saved court pages and prints what it found.

  --url <URL> <saved-page.html>
      One page: prints one JSON object
      {court, flow, step, linked, namesMatch, evidence}.
  --list <pages.tsv>
      Many pages in one run: each line of the list is URL<TAB>path, the path
      absolute or relative to the current directory (under npm run, the
      project root); blank lines and lines starting with # are skipped.
      Prints one JSON object per page, one a line, in the list's order, with
      the page's path as written in "file".
      A bad line is reported on stderr as "detect: pages.tsv:<line>: <reason>"
      and the other lines still run.

Exit code: 0 when every page was read, 1 when a line of the list failed,
2 on a usage error (bad arguments, an unreadable page or list, a bad --url).`;

/** A mistake in the command line or its files: exit code 2, with the usage. */
export class UsageError extends Error {}

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'page'; readonly url: URL; readonly file: string }
  | { readonly kind: 'list'; readonly list: string };

export function parseArguments(argv: readonly string[]): Command {
  let url: string | undefined;
  let file: string | undefined;
  let list: string | undefined;
  let listGiven = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--url') url = argv[(index += 1)];
    else if (argument?.startsWith('--url=')) url = argument.slice('--url='.length);
    else if (argument === '--list' || argument?.startsWith('--list=')) {
      if (listGiven) throw new UsageError('one --list at a time');
      listGiven = true;
      list = argument === '--list' ? argv[(index += 1)] : argument.slice('--list='.length);
      if (!list || list.startsWith('-')) throw new UsageError('missing the list after --list');
    } else if (argument === '--help' || argument === '-h') return { kind: 'help' };
    else if (argument?.startsWith('-')) throw new UsageError(`unknown option ${argument}`);
    else if (file === undefined) file = argument;
    else throw new UsageError(`one page at a time (got ${file} and ${argument})`);
  }
  if (list !== undefined) {
    if (file !== undefined) {
      throw new UsageError(`--list reads the pages from ${list}: no page argument (got ${file})`);
    }
    if (url !== undefined) {
      throw new UsageError(`--list reads the URLs from ${list}: no --url`);
    }
    return { kind: 'list', list };
  }
  if (!url) throw new UsageError('missing --url');
  if (!file) throw new UsageError('missing the saved page');
  try {
    return { kind: 'page', url: new URL(url), file };
  } catch {
    throw new UsageError(`not a URL: ${url}`);
  }
}
