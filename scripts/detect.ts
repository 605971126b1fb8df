// `npm run --silent detect -- --url <URL> <saved-page.html>`: runs the
// extension's own recognition on a saved page and prints what it found, for
// maintainers checking a court page whose layout changed.
// `npm run --silent detect -- --list <pages.tsv>` does the same for every
// `URL<TAB>path` line of a list, in one process. The work is in detect/.
import { runDetect } from './detect/run-detect';

process.exitCode = await runDetect(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
