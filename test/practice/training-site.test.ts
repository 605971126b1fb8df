// A court's own training site (ecf-train.<court>) is recognised as that court,
// marked as training, and the guide says so. Shown on the saved training pages
// and on every court-side practice page served at the training address.
import { bundledGuideCode } from '../../src/guide/bundled-guide-code';
import { startGuide } from '../../src/guide/start-guide';
import { detectPage } from '../../src/detection/detect-page';
import { courtById } from '../../src/flows/court-registry';
import { PAGES } from '../../src/practice/practice-pages';
import { currentUrl } from '../../src/practice/practice-session';
import { fakeGuideBackend } from '../support/fake-guide-backend';
import { guideHost, inGuide, showFixture } from '../support/show-page';
import { change, closePractice, openPractice } from './practice-harness';

const TRAIN = 'https://ecf-train.mnd.uscourts.gov';
const LIVE = 'https://ecf.mnd.uscourts.gov';

/** The same address on the court's training host. */
const onTraining = (url: URL): URL => new URL(url.href.replace('://ecf.', '://ecf-train.'));

describe('a court’s training site', () => {
  afterEach(closePractice);

  it('is recognised as the court, marked training, on every page of the court’s site', async () => {
    const { store } = await openPractice({ court: 'cacb' });
    const courtSide = PAGES.filter(
      (page) => page.flow === 'court-link' && page.id !== 'court-login',
    );
    for (const page of courtSide) {
      await change(store, (session) => ({ ...session, page: page.id }));
      const detection = detectPage(onTraining(currentUrl(store.get())), document);
      expect({ page: page.id, court: detection.court, step: detection.step }).toEqual({
        page: page.id,
        court: 'cacb',
        step: page.step,
      });
      expect(detection.training, page.id).toBe(true);
      expect(detection.evidence, page.id).toContain('court:host cacb');
    }
  });

  it('is the court on the PACER login page that returns to it', async () => {
    const { store } = await openPractice({ court: 'ncmb', page: 'court-login' });
    const url = currentUrl(store.get());
    url.searchParams.delete('pscCourtId');
    url.searchParams.set('appurl', 'https://ecf-train.ncmb.uscourts.gov/cgi-bin/login.pl');
    expect(detectPage(url, document)).toMatchObject({
      court: 'ncmb',
      step: 'pacer-login',
      training: true,
    });
  });

  it('is no court at all when its id is none', async () => {
    const { store } = await openPractice({ page: 'utilities' });
    const url = new URL(currentUrl(store.get()).href.replace('ecf.mnd', 'ecf-train.zzz'));
    expect(courtById('zzz')).toBeUndefined();
    expect(detectPage(url, document)).toMatchObject({ court: null, step: null, training: false });
  });
});

describe('the guide on a training site', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    stop = undefined;
  });

  async function badgeOn(file: string, url: string): Promise<string | null> {
    showFixture(file, url);
    const backend = fakeGuideBackend();
    stop = startGuide(window, backend, bundledGuideCode);
    await vi.waitFor(() => expect(inGuide('[data-part="progress"]')).not.toBeNull());
    expect(backend.reports[0]?.training).toBe(url.startsWith(TRAIN));
    return inGuide('.badge')?.textContent ?? null;
  }

  it('shows the Training site badge there, and not on the live site', async () => {
    const file = 'authored/mnd-ecf-home-training.html';
    expect(await badgeOn(file, `${TRAIN}/cgi-bin/ShowIndex.pl`)).toBe('Training site');
    expect(guideHost()?.dataset.court).toBe('mnd');
    stop?.();
    expect(await badgeOn(file, `${LIVE}/cgi-bin/ShowIndex.pl`)).toBeNull();
  });
});
