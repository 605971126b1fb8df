// detectPage timed inside Chromium: the shipped recognition code (built by
// detect-bundle.ts) injected into each fixture page as the browser parsed it.
// Chromium coarsens performance.now() to 0.1 ms, so each sample times a batch
// of calls and divides.
import type { Page } from 'playwright-core';
import { fixture } from '../../harness/browser/paths';
import { FIXTURES } from '../../harness/fixtures/expectations';
import type { BenchBrowsers } from './bench-browsers';
import { DETECT_GLOBAL, buildDetectBundle } from './detect-bundle';
import { DOCKET_ENTRIES, DOCKET_URL, generateDocket } from './generate-docket';
import { recognitionFigures, type PageTime, type RecognitionFigures } from './measure-recognition';
import { median } from './statistics';

const SAMPLES = 15;
const CALLS_PER_SAMPLE = 10;
/** Fixtures are served here, in a browser without the extension; detectPage is given their own URL. */
const BENCH_ORIGIN = 'https://ecf.bench.uscourts.gov';

async function timeInPage(page: Page, bundle: string, href: string): Promise<number> {
  await page.addScriptTag({ content: bundle });
  const samples = await page.evaluate(
    ({ name, href, samples, calls }) => {
      const detect = (
        window as unknown as Record<string, { detectPage(url: URL, d: Document): unknown }>
      )[name];
      if (!detect) throw new Error(`${name} did not load`);
      const url = new URL(href);
      const times: number[] = [];
      for (let sample = 0; sample < samples; sample += 1) {
        const start = performance.now();
        for (let call = 0; call < calls; call += 1) detect.detectPage(url, document);
        times.push((performance.now() - start) / calls);
      }
      return times;
    },
    { name: DETECT_GLOBAL, href, samples: SAMPLES, calls: CALLS_PER_SAMPLE },
  );
  return median(samples);
}

export async function measureChromiumRecognition(
  browsers: BenchBrowsers,
): Promise<RecognitionFigures> {
  const bundle = await buildDetectBundle();
  const page = await browsers.plain.newPage();
  // Some saved pages move on by themselves (meta refresh, scripts): stay on the page being timed.
  let timing = '';
  await page.route('**/*', (route) =>
    route.request().isNavigationRequest() && route.request().url() !== timing
      ? route.abort('aborted')
      : route.continue(),
  );
  try {
    const perPage: PageTime[] = [];
    for (const [index, fixtureCase] of FIXTURES.entries()) {
      const served = `${BENCH_ORIGIN}/recognition/${index}`;
      const remove = browsers.server.page(served, fixture(fixtureCase.file));
      timing = served;
      await page.goto(served, { waitUntil: 'load' });
      perPage.push({ file: fixtureCase.file, ms: await timeInPage(page, bundle, fixtureCase.url) });
      remove();
    }
    const docket = generateDocket(DOCKET_ENTRIES);
    const remove = browsers.server.pageOf(DOCKET_URL, docket);
    timing = DOCKET_URL;
    await page.goto(DOCKET_URL, { waitUntil: 'load', timeout: 60_000 });
    const docketMs = await timeInPage(page, bundle, DOCKET_URL);
    remove();
    return recognitionFigures(perPage, { html: docket, ms: docketMs });
  } finally {
    await page.close();
  }
}
