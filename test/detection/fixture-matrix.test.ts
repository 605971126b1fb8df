// @vitest-environment node
// Every saved page is recognised as its own step and court, and as no other
// (github-url-detection's habit: each predicate true for its samples, false for the rest).
import { classifyHost } from '../../src/detection/classify-host';
import { detectPage } from '../../src/detection/detect-page';
import { matchSteps } from '../../src/detection/match-steps';
import { createPageView } from '../../src/detection/page-view';
import { FIXTURES } from '../fixtures/expectations';
import { loadFixture } from '../support/load-fixture';

describe.each(FIXTURES.map((fixture) => [`${fixture.file} at ${fixture.url}`, fixture] as const))(
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
