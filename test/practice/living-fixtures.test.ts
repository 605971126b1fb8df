// The practice pages are living fixtures: each one, with the whole practice
// page around it (the practice mark, the presenter's controls), is recognised
// by the real rules as its own step and court, and as no other step.
import { classifyHost } from '../../src/detection/classify-host';
import { detectPage } from '../../src/detection/detect-page';
import { matchSteps } from '../../src/detection/match-steps';
import { createPageView } from '../../src/detection/page-view';
import { FLOW_IDS, FLOWS } from '../../src/flows/flows';
import { PAGES, type PracticePage, type PracticePageId } from '../../src/practice/practice-pages';
import { currentUrl } from '../../src/practice/practice-session';
import { VARIANT_IDS, type VariantId } from '../../src/practice/variants';
import { change, closePractice, openPractice, type OpenPractice } from './practice-harness';
import { STEP_SAMPLES, type PracticeExpectation } from '../../harness/fixtures/expectations';

/** Look-alikes of no step's own page: the main page after F5 on link-done, with its filing menus. */
const NOT_A_STEPS_OWN: { readonly [page in PracticePageId]?: PracticeExpectation } = {
  'ecf-main-linked': { linked: true, highlight: 'utilities-menu', namesCourt: true },
};

/** What a look-alike must give: as its step's samples say (harness/fixtures/steps/…). */
function expectedOn(page: PracticePage): PracticeExpectation {
  const own = NOT_A_STEPS_OWN[page.id];
  if (own) return own;
  const file = STEP_SAMPLES.find((entry) => entry.flow === page.flow && entry.step === page.step);
  if (!file?.practice) throw new Error(`no \`practice\` in harness/fixtures/${file?.path}`);
  return file.practice;
}

/** A district court, a bankruptcy court, and one PACER names its own way. */
const COURTS = ['mnd', 'cacb', 'dcd'] as const;

function highlightFor(page: PracticePage, variant: VariantId): string | null {
  const expected = expectedOn(page);
  return expected.highlightIn?.[variant] ?? expected.highlight;
}

// One practice page per court, moved from page to page as a clerk would: the
// presenter's panel and the practice mark stay in the document throughout.
// Every variant in a district and a bankruptcy court; the court PACER names its own way as is.
const SESSIONS = COURTS.flatMap((court) =>
  (court === 'dcd' ? (['none'] as const) : VARIANT_IDS).map((variant) => [court, variant] as const),
);

describe.each(SESSIONS)('%s, variant %s', (court, variant) => {
  let practice: OpenPractice;
  beforeAll(async () => {
    practice = await openPractice({ court, variant });
  });
  afterAll(closePractice);

  it.each(PAGES.map((page) => [page.id, page] as const))(
    '%s is recognised as its step, court and flow, and as no other step',
    async (pageId, page) => {
      await change(practice.store, (session) => ({ ...session, page: pageId }));
      const url = currentUrl(practice.store.get());
      const detection = detectPage(url, document);
      const expected = expectedOn(page);

      expect(detection.step).toBe(page.step);
      expect(detection.flow).toBe(page.flow);
      expect(detection.court).toBe(expected.namesCourt ? court : null);
      expect(detection.linked).toBe(expected.linked);
      expect(detection.training).toBe(false);
      expect(detection.highlight[0]?.id ?? null).toBe(highlightFor(page, variant));

      const host = classifyHost(url);
      if (!host) throw new Error(`${url.href} is on no court host`);
      const matched = matchSteps(createPageView(url, document), host);
      expect(matched.map((match) => match.step.id)).toEqual([page.step]);
    },
  );
});

describe('what the pages show the guide', () => {
  afterEach(closePractice);

  it('shows two names that match, unless a variant makes them differ', async () => {
    for (const variant of VARIANT_IDS) {
      const { store } = await openPractice({ page: 'link-confirm', variant });
      const detection = detectPage(currentUrl(store.get()), document);
      const differ = variant === 'names-differ' || variant === 'shared-account';
      expect(detection.namesMatch, variant).toBe(!differ);
      expect(detection.names?.cmecf, variant).toBe('John Attorney');
    }
  });

  it('offers the simulated court in the Court list, unless the variant leaves it out', async () => {
    for (const court of COURTS) {
      const { store } = await openPractice({ court, page: 'court-select' });
      expect(detectPage(currentUrl(store.get()), document).courtOptions).toContain(court);
      await openPractice({ court, page: 'court-select', variant: 'court-missing' });
      const options = detectPage(currentUrl(store.get()), document).courtOptions;
      expect(options).not.toContain(court);
      expect(options?.length).toBeGreaterThan(80);
    }
  });

  it('has a look-alike of every step of both flows', () => {
    for (const flow of FLOW_IDS) {
      const imitated = PAGES.filter((page) => page.flow === flow).map((page) => page.step);
      expect(new Set(imitated)).toEqual(new Set(FLOWS[flow].steps.map((step) => step.id)));
    }
  });

  it('keeps the presenter’s words out of the page that recognition reads', async () => {
    const { presenter, banner } = await openPractice({ page: 'payment' });
    expect(presenter.textContent).toContain('What can go wrong');
    expect(banner.textContent).toContain('nothing here reaches the court');
    expect(document.body.textContent).not.toContain('What can go wrong');
    expect(document.body.textContent).not.toContain('Next ▶');
  });
});
