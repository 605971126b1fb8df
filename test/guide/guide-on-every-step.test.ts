// The guide on each saved page of the flows: host attributes, step text, ring.
import { bundledGuideCode } from '../../src/guide/bundled-guide-code';
import { startGuide } from '../../src/guide/start-guide';
import { FLOWS } from '../../src/flows/flows';
import { messageKeys } from '../../src/flows/message-keys';
import { getMessage } from '../support/fake-browser';
import { FIXTURES } from '../../harness/fixtures/expectations';
import { fakeGuideBackend, inProgress } from '../support/fake-guide-backend';
import { guideHost, inGuide, showFixture } from '../support/show-page';

const QUIET_WHEN_LINKED = new Set(['ecf-home', 'pacer-login', 'ecf-main']);
const stepPages = FIXTURES.filter((fixture) => fixture.expect.step !== null);

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe.each(stepPages.map((fixture) => [fixture.file, fixture] as const))(
  '%s',
  (_file, fixture) => {
    it('shows its step, and rings the element to use next', async () => {
      const { court, step, flow, linked, highlight, namesMatch } = fixture.expect;
      showFixture(fixture.file, fixture.url);
      const backend = fakeGuideBackend(court ?? 'cob');
      const resolvedFlow = flow ?? 'court-link';
      backend.status = inProgress(resolvedFlow, step ?? '');
      stop = startGuide(window, backend, bundledGuideCode);

      await vi.waitFor(() => expect(backend.reports.length).toBeGreaterThan(0));
      await vi.waitFor(() => expect(guideHost()?.dataset.step).toBe(step));
      expect(guideHost()?.dataset.court).toBe(court ?? backend.reports[0]?.court ?? 'cob');
      expect(guideHost()?.parentElement).toBe(document.documentElement);

      if (linked === true && QUIET_WHEN_LINKED.has(step ?? '')) {
        expect(inGuide('[data-part="hint"]')).toBeNull();
        return;
      }
      // Names that differ, or a ring on the Release 1.1 link, call for other words.
      const situation =
        namesMatch === false
          ? 'names-differ'
          : step === 'utilities' && highlight === 'release-1-1-link'
            ? 'release-1-1-fallback'
            : null;
      await vi.waitFor(() =>
        expect(inGuide('[data-part="instruction"]')?.textContent).toBe(
          getMessage(
            situation
              ? messageKeys.instructionIn(resolvedFlow, step ?? 'ecf-home', situation)
              : messageKeys.instruction(resolvedFlow, step ?? 'ecf-home'),
          ),
        ),
      );
      expect(guideHost()?.dataset.flow).toBe(resolvedFlow);
      const number = FLOWS[resolvedFlow].steps.findIndex((candidate) => candidate.id === step) + 1;
      expect(inGuide('[data-part="progress"]')?.textContent).toBe(
        `Step ${number} of ${FLOWS[resolvedFlow].steps.length}`,
      );
      const ringExpected = highlight !== null && namesMatch !== false;
      expect(inGuide('[data-part="highlight"]') !== null).toBe(ringExpected);
    });
  },
);
