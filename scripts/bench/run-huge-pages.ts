// `npx tsx scripts/bench/run-huge-pages.ts`: only the huge pages of `npm run bench`
// (issue #15), printed as the bench prints them and written to
// artifacts/bench-huge-pages.json. Needs what the bench needs: a build, Chromium,
// port 443 on a loopback address.
import { mkdirSync, writeFileSync } from 'node:fs';
import { builtExtension } from '../../harness/browser/chromium';
import { BenchBrowsers } from './bench-browsers';
import { HUGE_PAGE_TASK_BUDGET_MS, hugePageRows, measureHugePages } from './measure-huge-pages';
import { formatTable } from './table';

const browsers = await BenchBrowsers.start(builtExtension());
let hugePages;
try {
  hugePages = await measureHugePages(browsers);
} finally {
  await browsers.close();
}
console.log(formatTable(hugePageRows(hugePages)));
mkdirSync('artifacts', { recursive: true });
writeFileSync(
  'artifacts/bench-huge-pages.json',
  `${JSON.stringify({ budgetMs: HUGE_PAGE_TASK_BUDGET_MS, hugePages }, null, 2)}\n`,
);
