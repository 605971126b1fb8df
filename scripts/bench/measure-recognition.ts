import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { detectPage } from '../../src/detection/detect-page';
import { FIXTURES } from '../../test/fixtures/expectations';
import { generateDocket } from './generate-docket';
import { median } from './statistics';

const RUNS = 30;

function timeDetection(html: string, href: string): number {
  const url = new URL(href);
  // Parsed once: jsdom holds hundreds of megabytes for a large docket. Each
  // run still builds a fresh view, as a page load does.
  const { window } = new JSDOM(html, { url: href });
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    detectPage(url, window.document);
    times.push(performance.now() - start);
  }
  window.close();
  return median(times);
}

export interface RecognitionFigures {
  readonly pages: number;
  /** Median over pages of each page's median time. */
  readonly medianPerPageMs: number;
  readonly slowestPage: { readonly file: string; readonly ms: number };
  readonly docket: { readonly entries: number; readonly bytes: number; readonly ms: number };
}

export function measureRecognition(fixturesDir: string): RecognitionFigures {
  const perPage = FIXTURES.map((fixture) => ({
    file: fixture.file,
    ms: timeDetection(readFileSync(`${fixturesDir}/${fixture.file}`, 'utf8'), fixture.url),
  }));
  const slowest = perPage.reduce((worst, page) => (page.ms > worst.ms ? page : worst));
  const docket = generateDocket(10_000);
  return {
    pages: perPage.length,
    medianPerPageMs: median(perPage.map((page) => page.ms)),
    slowestPage: slowest,
    docket: {
      entries: 10_000,
      bytes: Buffer.byteLength(docket),
      ms: timeDetection(docket, 'https://ecf.mnd.uscourts.gov/cgi-bin/DktRpt.pl?123456'),
    },
  };
}
