// `npm run bench`: the guide's cost on court pages, measured, never asserted in tests.
// Prints a table and writes the figures to artifacts/bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { measureRecognition } from './bench/measure-recognition';

const BUDGETS = { recognitionMedianMs: 1, docketMs: 5 };

const recognition = measureRecognition('test/fixtures');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;

const rows: [string, string, string][] = [
  [
    `Recognition, median per page (${recognition.pages} fixtures, jsdom)`,
    `${recognition.medianPerPageMs.toFixed(3)} ms`,
    `≤ ${BUDGETS.recognitionMedianMs} ms`,
  ],
  [
    `  slowest page: ${recognition.slowestPage.file}`,
    `${recognition.slowestPage.ms.toFixed(3)} ms`,
    '',
  ],
  [
    `Recognition, ${recognition.docket.entries}-entry docket (${(recognition.docket.bytes / 1e6).toFixed(1)} MB)`,
    `${recognition.docket.ms.toFixed(3)} ms`,
    `≤ ${BUDGETS.docketMs} ms`,
  ],
];

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`Machine: ${machine}\n`);
console.log(`${'Measure'.padEnd(width)}  ${'Median'.padStart(10)}  Budget`);
for (const [name, value, budget] of rows)
  console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${budget}`);

mkdirSync('artifacts', { recursive: true });
writeFileSync(
  'artifacts/bench.json',
  `${JSON.stringify({ machine, budgets: BUDGETS, recognition }, null, 2)}\n`,
);
console.log('\nFigures written to artifacts/bench.json');
