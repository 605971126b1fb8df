// @vitest-environment node
// Every saved page is recognised as its own step and court, and as no other
// (github-url-detection's habit: each predicate true for its samples, false for the rest).
// The cases are harness/fixtures/expectations.ts's list and the real-page corpus
// (../fixtures/real-corpus-cases.ts).
import { readdirSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyHost } from '../../src/detection/classify-host';
import { detectPage } from '../../src/detection/detect-page';
import { matchSteps } from '../../src/detection/match-steps';
import { createPageView } from '../../src/detection/page-view';
import { FIXTURES } from '../../harness/fixtures/expectations';
import { REAL_CORPUS } from '../fixtures/real-corpus-cases';
import { loadFixture } from '../support/load-fixture';

const CASES = [...FIXTURES, ...REAL_CORPUS];

/** Where a link, a button inside a link or an onclick button leads on `url`'s own host, read plainly. */
function wayInTarget(element: Element, url: URL): string | null {
  const href =
    element.closest('a[href]')?.getAttribute('href') ??
    /location(?:\.href)?\s*=\s*['"]([^'"]+)['"]/i.exec(
      element.getAttribute('onclick') ?? '',
    )?.[1] ??
    element.closest('form')?.getAttribute('action') ??
    null;
  if (href === null) return null;
  const target = new URL(href, url);
  return target.host === url.host ? target.pathname + target.search : null;
}
const FIXTURE_FOLDER = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');

it('uses every HTML file under test/fixtures in some case', () => {
  const used = new Set(CASES.map((fixture) => fixture.file));
  const files = readdirSync(FIXTURE_FOLDER, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'));
  expect(files.filter((file) => !used.has(file))).toEqual([]);
});

describe.each(CASES.map((fixture) => [`${fixture.file} at ${fixture.url}`, fixture] as const))(
  '%s',
  (_name, fixture) => {
    const url = new URL(fixture.url);
    const document = loadFixture(fixture.file, fixture.url);
    const detection = detectPage(url, document);
    const { expect: expected } = fixture;

    it('is recognised as its court, flow and step', () => {
      expect({ court: detection.court, flow: detection.flow, step: detection.step }).toEqual({
        court: expected.court,
        flow: expected.flow,
        step: expected.step,
      });
    });

    it('matches no other step’s rule', () => {
      const host = classifyHost(url);
      // An ecf host of no known court is nobody's court site: no rule is tried there.
      const triesRules = host !== null && (host !== 'ecf' || detection.court !== null);
      const matched = triesRules
        ? matchSteps(createPageView(url, document), host).map((match) => match.step.id)
        : [];
      expect(matched).toEqual(expected.step ? [expected.step] : []);
    });

    it('says whether the account is linked, and whether the names match', () => {
      expect({ linked: detection.linked, namesMatch: detection.namesMatch }).toEqual({
        linked: expected.linked,
        namesMatch: expected.namesMatch,
      });
      expect(detection.training).toBe(expected.training ?? false);
    });

    it('finds the element to use next', () => {
      expect(detection.highlight[0]?.id ?? null).toBe(expected.highlight);
      if (expected.step === 'ecf-home' && detection.highlight[0]) {
        // The way in, whatever its words: it must lead to this site's own login.
        expect(wayInTarget(detection.highlight[0].element, url)).toMatch(/^\/cgi-bin\/login\.pl/i);
      }
      for (const candidate of detection.highlight) {
        expect(candidate.element.ownerDocument).toBe(document);
      }
    });

    it('reads what the page shows', () => {
      if (expected.names) {
        expect(detection.names).toEqual(expected.names);
      }
      if (expected.courtOptions) {
        expect(detection.courtOptions).toEqual(expected.courtOptions);
      }
      if (detection.step) {
        expect(detection.evidence).toContain(`step:${detection.step}`);
      } else {
        expect(detection.evidence.some((item) => item.startsWith('step:'))).toBe(false);
      }
    });
  },
);
