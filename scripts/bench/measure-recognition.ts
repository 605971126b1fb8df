import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { detectPage } from '../../src/detection/detect-page';
import { FIXTURES } from '../../harness/fixtures/expectations';
import { DOCKET_ENTRIES, DOCKET_URL, generateDocket } from './generate-docket';
import { median, slowest } from './statistics';

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

/** Recognition times, in jsdom or in Chromium. */
export interface RecognitionFigures {
  readonly pages: number;
  /** Median over pages of each page's median time. */
  readonly medianPerPageMs: number;
  readonly slowestPage: { readonly file: string; readonly ms: number };
  readonly docket: { readonly entries: number; readonly bytes: number; readonly ms: number };
}

export interface PageTime {
  readonly file: string;
  readonly ms: number;
}

/** The figures from each fixture's time and the generated docket's. */
export function recognitionFigures(
  perPage: readonly PageTime[],
  docket: { readonly html: string; readonly ms: number },
): RecognitionFigures {
  return {
    pages: perPage.length,
    medianPerPageMs: median(perPage.map((page) => page.ms)),
    slowestPage: slowest(perPage),
    docket: { entries: DOCKET_ENTRIES, bytes: Buffer.byteLength(docket.html), ms: docket.ms },
  };
}

export function measureRecognition(fixturesDir: string): RecognitionFigures {
  const perPage = FIXTURES.map((fixture) => ({
    file: fixture.file,
    ms: timeDetection(readFileSync(`${fixturesDir}/${fixture.file}`, 'utf8'), fixture.url),
  }));
  const docket = generateDocket(DOCKET_ENTRIES);
  return recognitionFigures(perPage, { html: docket, ms: timeDetection(docket, DOCKET_URL) });
}
